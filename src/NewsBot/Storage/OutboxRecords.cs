namespace NewsBot.Storage;

/// <summary>What kind of chat a send goes to; decides its flood limit.</summary>
public enum ChatKind { Private, Group }

/// <summary>The outbox's lanes, drained in the order of <see cref="Lanes.InOrder"/>: urgent work in channels (breaking posts, their pins,
/// corrections' edits, retractions' deletions), channel posts, then messages to readers and editors, then broadcasts.</summary>
/// <remarks>Only the channel lane is held by /pause, Publishing:MinGap and quiet hours. The numbers are stored; Urgent came last.</remarks>
public enum Lane { Channel = 0, Reader = 1, Broadcast = 2, Urgent = 3 }

/// <summary>The order lanes are drained in.</summary>
public static class Lanes
{
    public static readonly Lane[] InOrder = [Lane.Urgent, Lane.Channel, Lane.Reader, Lane.Broadcast];
}

/// <summary>What a delivery does in its chat: send a message, or act on a message an earlier Send delivery put there.</summary>
public enum DeliveryAction { Send = 0, Edit = 1, Delete = 2, Pin = 3, Unpin = 4 }

/// <summary>A chat a delivery goes to, in its lane; <paramref name="Thread"/> is a forum topic (message_thread_id) of a supergroup.</summary>
public sealed record DeliveryTarget(string Chat, ChatKind Kind, Lane Lane, int? Thread = null);

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

    /// <summary>The forum topic (message_thread_id) the post goes to, if any; a forum's topics share the group's pace.</summary>
    public int? Thread { get; set; }
    public ChatKind Kind { get; set; }
    public Lane Lane { get; set; }
    public DeliveryAction Action { get; set; }

    /// <summary>For an Edit, Delete, Pin or Unpin: the Send delivery whose message it acts on.</summary>
    public long? Of { get; set; }
    public DeliveryState State { get; set; }
    public DateTime DueAt { get; set; }
    public int Attempts { get; set; }
    public int? MessageId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>When the sent message was deleted from its chat (a retraction).</summary>
    public DateTime? DeletedAt { get; set; }

    /// <summary>A sent article post: the photo its message shows (null: a text message), kept up to date by edits.</summary>
    public string? ShownPhoto { get; set; }

    /// <summary>A sent article post: the fingerprint of the post its message shows (<c>Post.Fingerprint</c>); null when sent before it was kept.</summary>
    public string? ShownPost { get; set; }
    public string? Error { get; set; }

    /// <summary>Work in a channel target (or a group configured as one): posts, breaking posts and what acts on them. Editors retract it;
    /// a channel that refuses it is held, not dropped.</summary>
    public bool IsChannelPost => Lane is Lane.Channel or Lane.Urgent;

    /// <summary>A message of its own in its chat (not an edit, deletion or pin of one).</summary>
    public bool IsSend => Action == DeliveryAction.Send;

    /// <summary>The outbox's order, indexed: "lane due-ticks" while pending, "-" after; never set directly.</summary>
    public string Queue => State == DeliveryState.Pending
        ? $"{(int)Lane} {DueAt.Ticks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture)}" : "-";

    /// <summary>An article's post to one target (a forum topic is part of the key: two topics of a group each get the post).</summary>
    public static DeliveryRecord Post(long articleId, DeliveryTarget target, DateTime now) =>
        New(target.Thread is { } t ? $"{articleId}:{target.Chat}:{t}" : $"{articleId}:{target.Chat}", articleId, null, target, now);

    /// <summary>An action on the message of a sent (or still pending) post, in the urgent lane, under the unique key
    /// <see cref="KeyOf"/>: once per post (an edit once per post and revision).</summary>
    public static DeliveryRecord On(DeliveryRecord post, DeliveryAction action, DateTime now, int? revision = null)
    {
        var act = New(KeyOf(action, post.Id, revision), post.ArticleId, null, new DeliveryTarget(post.Chat, post.Kind, Lane.Urgent, post.Thread), now);
        act.Action = action;
        act.Of = post.Id;
        return act;
    }

    /// <summary>A message of its own (digest, broadcast, notice) under a unique key.</summary>
    public static DeliveryRecord Message(string key, DeliveryTarget target, string html, DateTime now) => New(key, 0, html, target, now);

    /// <summary>"edit:POST:REVISION", "delete:POST", "pin:POST", "unpin:POST": the key index finds an action's records by this prefix.</summary>
    public static string KeyOf(DeliveryAction action, long postId, int? revision = null) =>
        KeyPrefix(action) + postId.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (revision is { } r ? ":" + r.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");

    public static string KeyPrefix(DeliveryAction action) => action switch
    {
        DeliveryAction.Edit => "edit:",
        DeliveryAction.Delete => "delete:",
        DeliveryAction.Pin => "pin:",
        DeliveryAction.Unpin => "unpin:",
        _ => throw new ArgumentOutOfRangeException(nameof(action), "a send's key is its article and chat"),
    };

    private static DeliveryRecord New(string key, long articleId, string? text, DeliveryTarget target, DateTime now) => new()
    {
        Key = key, ArticleId = articleId, Text = text, Chat = target.Chat, Thread = target.Thread, Kind = target.Kind, Lane = target.Lane,
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
