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
}

/// <summary>A small named value (the getUpdates offset, the pause switch, the last digest sweep).</summary>
public sealed class SettingRecord
{
    public string Id { get; set; } = "";
    public long Value { get; set; }
}
