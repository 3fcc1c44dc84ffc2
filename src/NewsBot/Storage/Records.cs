using NewsBot.Delivery;

namespace NewsBot.Storage;

/// <summary>Where an article stands: only seen (a feed's first poll), or composed for publishing.</summary>
public enum ArticleState { Seen, Published }

/// <summary>An article NewsBot knows, keyed by its identity (SPEC §3.2); published ones carry their composed post.</summary>
public sealed class ArticleRecord
{
    public long Id { get; set; }
    public string Key { get; set; } = "";
    public string FeedUrl { get; set; } = "";
    public string Url { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public string? Image { get; set; }
    public string? Language { get; set; }
    public string? Section { get; set; }
    public DateTime FoundAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public ArticleState State { get; set; }
    public string? PostHtml { get; set; }
    public string? PostPhotoUrl { get; set; }
    public string? PostButtonText { get; set; }

    /// <summary>Search index entries, "stem order" (<see cref="ArticleIndex"/>); set when published.</summary>
    public List<string>? Terms { get; set; }

    /// <summary>/latest index entries, "shelf order" for all articles and for its section; set when published.</summary>
    public List<string>? Shelves { get; set; }

    /// <summary>The id of <see cref="Section"/> in the sections list; set when published.</summary>
    public int? SectionId { get; set; }
}

/// <summary>Where one delivery stands in the outbox.</summary>
public enum DeliveryState { Pending, Sent, Failed }

/// <summary>One (article, chat) send in the durable outbox: written before the send, marked after (SPEC §3.6).</summary>
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

    /// <summary>Lower goes first: channel posts before subscribers' messages.</summary>
    public int Priority { get; set; }
    public DeliveryState State { get; set; }
    public DateTime DueAt { get; set; }
    public int Attempts { get; set; }
    public int? MessageId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public string? Error { get; set; }

    /// <summary>The outbox's order, indexed: "priority due-ticks" while pending, "-" after; never set directly.</summary>
    public string Queue => State == DeliveryState.Pending
        ? $"{Priority} {DueAt.Ticks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture)}" : "-";
}

/// <summary>What NewsBot remembers of a feed between polls: validators, backoff, whether it was primed.</summary>
public sealed class FeedStateRecord
{
    public string Id { get; set; } = "";
    public string? ETag { get; set; }
    public string? LastModified { get; set; }
    public bool Primed { get; set; }
    public int Failures { get; set; }
    public DateTime NextPollAt { get; set; }
    public DateTime? LastSuccessAt { get; set; }
    public string? LastError { get; set; }
    public string? Title { get; set; }
}

/// <summary>A chat NewsBot sends to that Telegram has refused or moved.</summary>
public sealed class ChatRecord
{
    public string Id { get; set; } = "";
    public bool Disabled { get; set; }
    public string? MovedTo { get; set; }
    public string? Reason { get; set; }
    public DateTime ChangedAt { get; set; }
}

/// <summary>A small named value (the getUpdates offset).</summary>
public sealed class SettingRecord
{
    public string Id { get; set; } = "";
    public long Value { get; set; }
}
