namespace NewsBot.Storage;

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

    /// <summary>Items whose last passes failed, with how often and why; dropped when the item is taken or skipped.</summary>
    public List<ItemFailure> ItemFailures { get; set; } = [];
}

/// <summary>A feed item that failed in a pass: its key, how many passes it failed in, and the last reason.</summary>
public sealed class ItemFailure
{
    public string Key { get; set; } = "";
    public int Attempts { get; set; }
    public string Error { get; set; } = "";
}

/// <summary>A small named value (the getUpdates offset, the pause switch, the last digest sweep).</summary>
public sealed class SettingRecord
{
    public string Id { get; set; } = "";
    public long Value { get; set; }
}
