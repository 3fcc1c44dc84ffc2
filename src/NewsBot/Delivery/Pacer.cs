namespace NewsBot.Delivery;

/// <summary>What kind of chat a send goes to; decides its own flood limit.</summary>
public enum ChatKind { Private, Group }

/// <summary>Telegram's flood limits: overall messages per second, per group/channel per minute, per private chat.</summary>
public sealed record PacerLimits(int MessagesPerSecond, int MessagesPerMinutePerGroup, TimeSpan PrivateChatInterval);

/// <summary>Paces sends under Telegram's flood limits; thread-safe, time only through <see cref="TimeProvider"/>.</summary>
public sealed class Pacer(TimeProvider time, PacerLimits limits)
{
    internal TimeProvider Time { get; } = time;
    internal PacerLimits Limits { get; } = limits;

    /// <summary>Waits until a send to <paramref name="chat"/> is allowed and reserves that slot.</summary>
    public Task WaitTurnAsync(string chat, ChatKind kind, CancellationToken ct) => throw new NotImplementedException();

    /// <summary>A 429 with retry_after: no send to <paramref name="chat"/> (or to anyone, when <paramref name="everyone"/>) before it passes.</summary>
    public void Hold(string chat, TimeSpan retryAfter, bool everyone = false) => throw new NotImplementedException();
}
