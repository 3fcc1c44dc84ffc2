namespace NewsBot.Storage;

/// <summary>A reader (a private chat) or a group that subscribed: what it wants, in which language, and whether it still takes messages.</summary>
public sealed class ReaderRecord
{
    /// <summary>The Telegram chat id (positive for people, negative for groups).</summary>
    public long Id { get; set; }
    public bool IsGroup { get; set; }

    /// <summary>False after /stop, a 403 or a "kicked" update; the record is kept and /start resumes.</summary>
    public bool Active { get; set; }

    /// <summary>The language chosen with /lang ("en", "uk"), or null to follow Telegram's language_code.</summary>
    public string? Language { get; set; }

    /// <summary>The language_code Telegram reported last.</summary>
    public string? TelegramLanguage { get; set; }

    /// <summary>Ids of the sections subscribed to, or null for every section (new ones included).</summary>
    public List<int>? Sections { get; set; }

    /// <summary>Minutes after local midnight of the daily digest, or null for instant messages.</summary>
    public int? DigestMinute { get; set; }
    public string? StopReason { get; set; }
    public DateTime JoinedAt { get; set; }
    public DateTime ChangedAt { get; set; }

    public bool Wants(int? sectionId) => Sections is null || (sectionId is { } id && Sections.Contains(id));
}

/// <summary>A section (a feed's Name, or a page's own section) with a short id for buttons and index keys.</summary>
public sealed class SectionRecord
{
    public int Id { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Lower-case name, unique.</summary>
    public string Key { get; set; } = "";
}

/// <summary>An article still being queued for its instant readers: readers up to <see cref="AfterReader"/> are queued.</summary>
public sealed class FanoutRecord
{
    /// <summary>The article's id.</summary>
    public long Id { get; set; }
    public long AfterReader { get; set; } = long.MinValue;
    public DateTime CreatedAt { get; set; }
}
