namespace NewsBot.Storage;

/// <summary>Where a scheduled post stands; only Pending → Published (or Cancelled) ever happens, once.</summary>
public enum ScheduleState { Pending, Published, Cancelled }

/// <summary>A post an editor scheduled: the story read when it was scheduled, and the instant it is due (UTC). The truth Quartz triggers are rebuilt from.</summary>
public sealed class ScheduleRecord
{
    public long Id { get; set; }
    public ScheduleState State { get; set; }
    public DateTime DueAt { get; set; }
    public StoryRecord Story { get; set; } = new();

    /// <summary>The article key it publishes under (an editor's URL, or the feed item of an approved draft).</summary>
    public string Key { get; set; } = "";
    public List<string> Channels { get; set; } = [];
    public long EditorId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? FiredAt { get; set; }
    public long? ArticleId { get; set; }
}

/// <summary>A story as stored with a schedule or a draft (its text is not kept).</summary>
public sealed class StoryRecord
{
    public string Url { get; set; } = "";
    public string Title { get; set; } = "";
    public List<string> Summary { get; set; } = [];
    public string? Image { get; set; }
    public string? Language { get; set; }
    public string? Section { get; set; }

    /// <summary>The item's categories and the page's section, for routing and hashtags when the draft or schedule is published.</summary>
    public List<string>? Categories { get; set; }
}

/// <summary>Where a draft stands: open until the first editor decides.</summary>
public enum DraftState { Open, Published, Scheduled, Skipped }

/// <summary>A story waiting for an editor: a new item of an Approval feed (sent to every editor) or an editor's /preview (to that editor).</summary>
public sealed class DraftRecord
{
    public long Id { get; set; }
    public bool IsPreview { get; set; }
    public string Key { get; set; } = "";
    public string FeedUrl { get; set; } = "";

    /// <summary>Where it came from, as the editors see it: the feed's name or host.</summary>
    public string Source { get; set; } = "";
    public List<string> Channels { get; set; } = [];
    public StoryRecord Story { get; set; } = new();
    public DraftState State { get; set; }

    /// <summary>The editors it is shown to (every editor for a feed's draft, the author for a preview).</summary>
    public List<long> Editors { get; set; } = [];

    /// <summary>False until its copies were sent to <see cref="Editors"/>; a draft stored just before a crash is offered at the next start.</summary>
    public bool Offered { get; set; }
    public List<DraftCopy> Copies { get; set; } = [];
    public long? DecidedBy { get; set; }
    public string? DecidedByName { get; set; }
    public DateTime? DecidedAt { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>One editor's message showing a draft.</summary>
public sealed class DraftCopy
{
    public long EditorId { get; set; }
    public int MessageId { get; set; }
}

/// <summary>A feed an editor added with /addsource; polled like the configured ones.</summary>
public sealed class SourceRecord
{
    public long Id { get; set; }
    public string Url { get; set; } = "";
    public string? Name { get; set; }
    public long AddedBy { get; set; }
    public DateTime AddedAt { get; set; }
}

/// <summary>One editor action (or a refused attempt) in the audit log.</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public long UserId { get; set; }
    public string Action { get; set; } = "";
    public string Detail { get; set; } = "";
    public bool Allowed { get; set; }

    /// <summary>How many refused attempts this entry stands for (one entry per user and hour, so a stranger's flood stays one line).</summary>
    public int Times { get; set; } = 1;
}

/// <summary>A /broadcast text waiting for its author's confirm button.</summary>
public sealed class BroadcastRecord
{
    public long Id { get; set; }
    public string Html { get; set; } = "";
    public long EditorId { get; set; }
    public bool Decided { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>What the editors must be told, written by the layer that noticed it and worded by the editors' desk in each editor's language.</summary>
public enum NoticeKind { LateSchedule, DuplicateSchedule, ChannelRefused, ChannelBack, Retracted }

/// <summary>A notice for every editor, stored once under <see cref="Key"/> and queued to each editor's chat by the desk.</summary>
public sealed class NoticeRecord
{
    public long Id { get; set; }
    public string Key { get; set; } = "";
    public NoticeKind Kind { get; set; }

    /// <summary>The notice's facts, in the order its wording expects (ids, UTC instants as round-trip strings, titles).</summary>
    public List<string> Args { get; set; } = [];
    public bool Queued { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>Where a question about a removed article stands: open until the first editor decides.</summary>
public enum RemovalState { Open, Deleted, Kept }

/// <summary>An article whose page is gone (Publishing:OnRemoval = Ask): every editor is asked Delete / Keep; the first decision wins.</summary>
public sealed class RemovalRecord
{
    public long Id { get; set; }
    public long ArticleId { get; set; }

    /// <summary>What the page check found, e.g. "410 Gone".</summary>
    public string Reason { get; set; } = "";
    public RemovalState State { get; set; }
    public List<long> Editors { get; set; } = [];

    /// <summary>False until its copies were sent to <see cref="Editors"/>; one stored just before a crash is offered at the next start.</summary>
    public bool Offered { get; set; }
    public List<DraftCopy> Copies { get; set; } = [];
    public long? DecidedBy { get; set; }
    public string? DecidedByName { get; set; }
    public DateTime? DecidedAt { get; set; }
    public DateTime CreatedAt { get; set; }
}
