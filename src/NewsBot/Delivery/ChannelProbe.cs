using Microsoft.Extensions.Logging;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// Brings back a channel that refused the bot (403, "chat not found": the bot demoted or removed, perhaps for a minute). Its posts
/// wait in the outbox; every <see cref="Interval"/> the channel is asked again (getChat), and at once when a my_chat_member update
/// shows the bot back; then the waiting posts go out in their order and the editors are told.
/// </summary>
public sealed class ChannelProbe(IOutbox outbox, INewsroom newsroom, TelegramSender sender, TimeProvider time, ILogger<ChannelProbe> log)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>A channel post was refused: its channel is held (the editors are told once) and the post waits for the next probe.</summary>
    public DateTime Refused(DeliveryRecord delivery, string reason)
    {
        var next = Now + Interval;
        if (outbox.HoldChat(delivery.Chat, reason, Now, next))
        {
            newsroom.AddNotice(new NoticeRecord
            {
                Key = $"refused:{delivery.Chat}:{Now.Ticks}", Kind = NoticeKind.ChannelRefused, Args = [delivery.Chat, reason], CreatedAt = Now,
            });
            log.LogError("Channel {ChatId} refuses the bot ({Error}); its posts wait until it takes the bot again (asked every {Interval})", delivery.Chat, reason, Interval);
        }
        return next;
    }

    /// <summary>Asks every held channel whose probe is due; how many came back.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var back = 0;
        foreach (var chat in outbox.HeldChats(Now))
        {
            if (await sender.ProbeAsync(chat.Id, ct) is { } reason)
            {
                outbox.ProbeLater(chat.Id, Now + Interval);
                log.LogWarning("Channel {ChatId} still refuses the bot ({Error}); asking again in {Interval}", chat.Id, reason, Interval);
            }
            else if (Back(chat.Id)) back++;
        }
        return back;
    }

    /// <summary>The channel takes the bot again (a probe answered, or the bot was made an administrator): its posts go out now.</summary>
    public bool Back(string chat)
    {
        if (outbox.ReleaseChat(chat, Now) is not { } released) return false;
        newsroom.AddNotice(new NoticeRecord
        {
            Key = $"back:{chat}:{Now.Ticks}", Kind = NoticeKind.ChannelBack,
            Args = [chat, released.ToString(System.Globalization.CultureInfo.InvariantCulture)], CreatedAt = Now,
        });
        log.LogInformation("Channel {ChatId} takes the bot again; {Count} waiting post(s) go out now", chat, released);
        return true;
    }
}
