using LiteDB;

namespace NewsBot.Storage;

/// <summary>What NewsBot remembers of each feed between polls.</summary>
public interface IFeedStates
{
    /// <summary>The feed's state, or a fresh one (not primed) for a feed never polled.</summary>
    FeedStateRecord Get(string url);
    void Save(FeedStateRecord state);
    IReadOnlyList<FeedStateRecord> All();
}

internal sealed class LiteFeedStates(LiteStore store) : IFeedStates
{
    private readonly ILiteCollection<FeedStateRecord> _feeds = store.Db.GetCollection<FeedStateRecord>("feeds");

    public FeedStateRecord Get(string url) => _feeds.FindById(url) ?? new FeedStateRecord { Id = url };

    public void Save(FeedStateRecord state)
    {
        lock (store.Write) _feeds.Upsert(state);
    }

    public IReadOnlyList<FeedStateRecord> All() => _feeds.FindAll().ToList();
}

/// <summary>Small named values that survive restarts.</summary>
public interface ISettings
{
    /// <summary>/pause: automatic channel posts wait (non-zero) or go (zero).</summary>
    public const string Paused = "editorial.paused";

    /// <summary>The getUpdates offset.</summary>
    public const string UpdatesOffset = "updates.offset";

    /// <summary>The last minute (Unix minutes) the digest sweep covered.</summary>
    public const string LastDigestSweep = "digest.sweep.minute";

    /// <summary>The value, or 0 when never set.</summary>
    long Get(string name);
    void Save(string name, long value);
}

internal sealed class LiteSettings(LiteStore store) : ISettings
{
    private readonly ILiteCollection<SettingRecord> _settings = store.Db.GetCollection<SettingRecord>("settings");

    public long Get(string name) => _settings.FindById(name)?.Value ?? 0;

    public void Save(string name, long value)
    {
        lock (store.Write) _settings.Upsert(new SettingRecord { Id = name, Value = value });
    }
}
