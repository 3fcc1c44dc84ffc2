namespace NewsBot.Storage;

/// <summary>Where an article stands: only seen (a feed's first poll, an Approval feed's draft), or composed for publishing.</summary>
public enum ArticleState { Seen, Published }

/// <summary>An article NewsBot knows, keyed by its identity (SPEC §3.2); published ones carry their composed post.</summary>
public sealed class ArticleRecord
{
    public long Id { get; set; }
    public string Key { get; set; } = "";

    /// <summary>The feed it came from; "" for an editor's article (/post, a schedule, an approved preview).</summary>
    public string FeedUrl { get; set; } = "";
    public string Url { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public string? Image { get; set; }
    public string? Language { get; set; }
    public string? Section { get; set; }
    public DateTime FoundAt { get; set; }

    /// <summary>Why a feed item was given up on (it failed in every pass it was tried); null for an article seen or published.</summary>
    public string? SkipReason { get; set; }
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

    /// <summary>An automatic post (from a feed), which /pause holds; an editor's post is not held.</summary>
    public bool IsAutomatic => FeedUrl.Length > 0;
}

/// <summary>A section (a feed's Name, or a page's own section) with a short id for buttons and index keys.</summary>
public sealed class SectionRecord
{
    public int Id { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Lower-case name, unique.</summary>
    public string Key { get; set; } = "";
}

/// <summary>One act of publishing: the article with its composed post, the channels it goes to, and the schedule it fires, if any.</summary>
public sealed record PublishRequest(ArticleRecord Article, IReadOnlyList<DeliveryTarget> Channels, long? ScheduleId = null);

/// <summary>How a publication ended: stored, its key was published before, or its schedule was no longer pending (fired or cancelled).</summary>
public enum PublishResult { Published, AlreadyPublished, NotPending }
