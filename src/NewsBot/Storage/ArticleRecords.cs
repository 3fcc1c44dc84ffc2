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

    /// <summary>Its feed item's categories (and the page's own section), for routing and hashtags.</summary>
    public List<string>? Categories { get; set; }

    /// <summary>Published with /breaking: posted ahead of the queue, with sound, and pinned.</summary>
    public bool Breaking { get; set; }

    /// <summary>The fingerprint of its feed item when last read (<c>ItemFingerprint</c>); a change within Publishing:EditWindow is a correction.</summary>
    public string? ItemFingerprint { get; set; }

    /// <summary>How many times its post was composed again after publication (corrections, /refresh).</summary>
    public int Revision { get; set; }
    public DateTime? RevisedAt { get; set; }

    /// <summary>Whether, and how far, it was checked after its item left the feed.</summary>
    public RemovalCheck? Removal { get; set; }

    /// <summary>When its channel posts were retracted (an editor's /delete, or its page gone).</summary>
    public DateTime? RetractedAt { get; set; }

    /// <summary>An automatic post (from a feed), which /pause holds; an editor's post is not held.</summary>
    public bool IsAutomatic => FeedUrl.Length > 0;
}

/// <summary>Where the check of an article whose item left its feed stands (SPEC §2 Publishing:OnRemoval).</summary>
/// <param name="MissingSince">When its page first answered 404 (a second 404 ten minutes later counts as gone).</param>
/// <param name="NextCheckAt">When to ask its page again.</param>
/// <param name="Done">Checked: kept (the page answers), or found gone and handled; never checked again.</param>
/// <param name="Outcome">What the check found, for the editors ("410 Gone", "404 Not Found twice", "HTTP 200").</param>
public sealed record RemovalCheck(DateTime? MissingSince, DateTime? NextCheckAt, bool Done, string? Outcome = null);

/// <summary>A section (a feed's Name, or a page's own section) with a short id for buttons and index keys.</summary>
public sealed class SectionRecord
{
    public int Id { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Lower-case name, unique.</summary>
    public string Key { get; set; } = "";
}

/// <summary>One act of publishing: the article with its composed post, the channels it goes to, and the schedule it fires, if any.</summary>
/// <param name="Breaking">Breaking news: every channel post is pinned once sent, and the chats' earlier breaking pins are removed.</param>
public sealed record PublishRequest(ArticleRecord Article, IReadOnlyList<DeliveryTarget> Channels, long? ScheduleId = null, bool Breaking = false);

/// <summary>A published article read again: its new story and post (<paramref name="Revised"/> carries the same Id), and its item's fingerprint.</summary>
/// <param name="Edit">Its post changed: queue an edit of every channel post in a chat.</param>
public sealed record ArticleRevision(ArticleRecord Revised, string? ItemFingerprint, bool Edit);

/// <summary>How a publication ended: stored, its key was published before, or its schedule was no longer pending (fired or cancelled).</summary>
public enum PublishResult { Published, AlreadyPublished, NotPending }
