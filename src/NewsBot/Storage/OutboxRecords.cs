namespace NewsBot.Storage;

/// <summary>What kind of chat a send goes to; decides its flood limit.</summary>
public enum ChatKind { Private, Group }

/// <summary>The outbox's lanes, in the order they are drained: channel posts, then messages to readers and editors, then broadcasts.</summary>
/// <remarks>Only the channel lane is held by /pause, Publishing:MinGap and quiet hours.</remarks>
public enum Lane { Channel = 0, Reader = 1, Broadcast = 2 }

/// <summary>A chat a delivery goes to, in its lane.</summary>
public sealed record DeliveryTarget(string Chat, ChatKind Kind, Lane Lane);

/// <summary>Where one delivery stands in the outbox. Only Pending changes; Cancelled is an editor's retraction.</summary>
public enum DeliveryState { Pending, Sent, Failed, Cancelled }

/// <summary>One (article, chat) send, or one message of its own, in the durable outbox: written before the send, marked after (SPEC §3.6).</summary>
public sealed class DeliveryRecord
{
    public long Id { get; set; }
    public string Key { get; set; } = "";

    /// <summary>The article whose post this is; 0 for a message of its own (<see cref="Text"/>).</summary>
    public long ArticleId { get; set; }

    /// <summary>Telegram HTML of a message that is not an article post (a digest, a broadcast, a notice to editors).</summary>
    public string? Text { get; set; }
    public string Chat { get; set; } = "";
    public ChatKind Kind { get; set; }
    public Lane Lane { get; set; }
    public DeliveryState State { get; set; }
    public DateTime DueAt { get; set; }
    public int Attempts { get; set; }
    public int? MessageId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>When the sent message was deleted from its chat (a retraction).</summary>
    public DateTime? DeletedAt { get; set; }
    public string? Error { get; set; }

    /// <summary>A post in a channel (or a group configured as a channel): the one lane editors pause, space and retract.</summary>
    public bool IsChannelPost => Lane == Lane.Channel;

    /// <summary>The outbox's order, indexed: "lane due-ticks" while pending, "-" after; never set directly.</summary>
    public string Queue => State == DeliveryState.Pending
        ? $"{(int)Lane} {DueAt.Ticks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture)}" : "-";

    /// <summary>An article's post to one target.</summary>
    public static DeliveryRecord Post(long articleId, DeliveryTarget target, DateTime now) => New($"{articleId}:{target.Chat}", articleId, null, target, now);

    /// <summary>A message of its own (digest, broadcast, notice) under a unique key.</summary>
    public static DeliveryRecord Message(string key, DeliveryTarget target, string html, DateTime now) => New(key, 0, html, target, now);

    private static DeliveryRecord New(string key, long articleId, string? text, DeliveryTarget target, DateTime now) => new()
    {
        Key = key, ArticleId = articleId, Text = text, Chat = target.Chat, Kind = target.Kind, Lane = target.Lane,
        State = DeliveryState.Pending, DueAt = now, CreatedAt = now,
    };
}

/// <summary>How recording a finished send went: recorded, or the delivery was cancelled while it was in flight (the message should be removed).</summary>
public enum SentResult { Recorded, Cancelled }

/// <summary>A chat NewsBot sends to that Telegram has refused or moved.</summary>
public sealed class ChatRecord
{
    public string Id { get; set; } = "";

    /// <summary>A reader's chat that refused the bot: nothing more is sent until the reader comes back with /start.</summary>
    public bool Disabled { get; set; }

    /// <summary>A channel that refused the bot: its posts wait (pending) from this time until a probe or a membership update shows it back.</summary>
    public DateTime? HeldSince { get; set; }

    /// <summary>When a held channel is next asked whether it takes the bot again.</summary>
    public DateTime? NextProbeAt { get; set; }
    public string? MovedTo { get; set; }
    public string? Reason { get; set; }
    public DateTime ChangedAt { get; set; }
}

/// <summary>What a fan-out sends to each reader it reaches.</summary>
public enum FanoutKind { Article, Broadcast, Digest }

/// <summary>
/// A send to many readers being queued a chunk at a time: readers up to <see cref="AfterReader"/> are queued. The cursor moves in
/// the same transaction as each chunk's deliveries, so a crash resumes where it stopped.
/// </summary>
public sealed class FanoutRecord
{
    public long Id { get; set; }

    /// <summary>Unique: "article:ID", "broadcast:ID", "digest:UNIX-MINUTE:MINUTE-OF-DAY"; a second start of the same fan-out is ignored.</summary>
    public string Key { get; set; } = "";
    public FanoutKind Kind { get; set; }

    /// <summary>The article (Article), or the broadcast's id (Broadcast).</summary>
    public long ArticleId { get; set; }

    /// <summary>The broadcast's Telegram HTML.</summary>
    public string? Text { get; set; }

    /// <summary>Digest: the local minute of the day whose readers get it, and the instant (UTC) of that minute.</summary>
    public int DigestMinute { get; set; }
    public DateTime DigestAt { get; set; }
    public long AfterReader { get; set; } = long.MinValue;
    public DateTime CreatedAt { get; set; }
}
