namespace NewsBot.Delivery;

/// <summary>How Telegram answered one send, classified for the outbox (rssbot's explicit error kinds).</summary>
public abstract record SendOutcome
{
    /// <summary>Accepted; the message's id in that chat.</summary>
    public sealed record Sent(int MessageId) : SendOutcome;

    /// <summary>429: wait this long before sending to the chat again.</summary>
    public sealed record Flooded(TimeSpan RetryAfter) : SendOutcome;

    /// <summary>5xx, timeout or network failure: try again later.</summary>
    public sealed record Transient(string Error) : SendOutcome;

    /// <summary>403 or "chat not found": this chat takes no more messages from the bot.</summary>
    public sealed record ChatGone(string Error) : SendOutcome;

    /// <summary>401: Telegram no longer accepts the bot's token (revoked); every send waits until it does again.</summary>
    public sealed record Unauthorized(string Error) : SendOutcome;

    /// <summary>The group became a supergroup with a new id.</summary>
    public sealed record Migrated(long NewChatId) : SendOutcome;

    /// <summary>Telegram refused this message for good (400): sending it again would fail again.</summary>
    public sealed record Rejected(string Error) : SendOutcome;
}
