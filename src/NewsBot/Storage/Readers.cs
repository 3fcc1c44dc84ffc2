using LiteDB;

namespace NewsBot.Storage;

/// <summary>Readers and groups that subscribed: what they want, in which language, and whether they still take messages.</summary>
public interface IReaders
{
    ReaderRecord? Get(long id);
    int Count(bool active);

    /// <summary>/start: a new reader subscribes to every section; a known one is active again with its choices. Sends to the chat resume.</summary>
    ReaderRecord Start(long id, bool isGroup, string? telegramLanguage, DateTime now);

    /// <summary>The chat's reader record, added inactive (no messages) when it is new: /lang before /start.</summary>
    ReaderRecord Known(long id, bool isGroup, string? telegramLanguage, DateTime now);

    /// <summary>Changes a known reader under the write lock; false when there is no such reader.</summary>
    bool Change(long id, Action<ReaderRecord> change, DateTime now);

    /// <summary>/stop, a 403 or a "kicked" update: no more messages; the record stays.</summary>
    bool Stop(long id, string reason, DateTime now);

    /// <summary>Up to <paramref name="limit"/> readers after <paramref name="afterId"/>, in id order (active or not); with a
    /// <paramref name="digestMinute"/>, only the readers whose digest falls then.</summary>
    IReadOnlyList<ReaderRecord> After(long afterId, int limit, int? digestMinute = null);

    /// <summary>True when an active reader's digest falls at this minute of the day.</summary>
    bool AnyDigestAt(int minute);

    /// <summary>A group became a supergroup with a new id: its reader record (sections, digest, language) moves there. False when there was none.</summary>
    bool Move(long from, long to, DateTime now);
}

internal sealed class LiteReaders : IReaders
{
    private readonly LiteStore _store;
    private readonly ILiteCollection<ReaderRecord> _readers;

    public LiteReaders(LiteStore store)
    {
        _store = store;
        _readers = store.ReaderRows;
        _readers.EnsureIndex(r => r.DigestMinute);
        _readers.EnsureIndex(r => r.Active);
    }

    public ReaderRecord? Get(long id) => _readers.FindById(id);

    /// <summary>Counted on the Active index alone (LiteDB reads only index keys when a query selects just its index field), so /stats,
    /// the dashboard and each /metrics scrape never pull 100,000 reader documents into the page cache.</summary>
    public int Count(bool active)
    {
        using var keys = _store.Db.Execute("SELECT $.Active FROM readers WHERE $.Active = @0", active);
        var count = 0;
        while (keys.Read()) count++;
        return count;
    }

    public ReaderRecord Start(long id, bool isGroup, string? telegramLanguage, DateTime now)
    {
        lock (_store.Write)
        {
            var reader = _readers.FindById(id) ?? new ReaderRecord { Id = id, JoinedAt = now };
            reader.IsGroup = isGroup;
            reader.Active = true;
            reader.StopReason = null;
            reader.TelegramLanguage = telegramLanguage ?? reader.TelegramLanguage;
            if (reader.Sections is { Count: 0 }) reader.Sections = null;
            reader.ChangedAt = now;
            _readers.Upsert(reader);
            _store.ChatRows.Delete(reader.Chat);
            return reader;
        }
    }

    public ReaderRecord Known(long id, bool isGroup, string? telegramLanguage, DateTime now)
    {
        lock (_store.Write)
        {
            if (_readers.FindById(id) is { } known) return known;
            var reader = new ReaderRecord { Id = id, IsGroup = isGroup, TelegramLanguage = telegramLanguage, JoinedAt = now, ChangedAt = now, StopReason = "not started" };
            _readers.Insert(reader);
            return reader;
        }
    }

    public bool Change(long id, Action<ReaderRecord> change, DateTime now)
    {
        lock (_store.Write)
        {
            if (_readers.FindById(id) is not { } reader) return false;
            change(reader);
            reader.ChangedAt = now;
            return _readers.Update(reader);
        }
    }

    public bool Stop(long id, string reason, DateTime now) => Change(id, r => { r.Active = false; r.StopReason = reason; }, now);

    public IReadOnlyList<ReaderRecord> After(long afterId, int limit, int? digestMinute = null) => digestMinute is { } minute
        ? _readers.Query().Where(r => r.DigestMinute == minute && r.Id > afterId).OrderBy(r => r.Id).Limit(limit).ToList()
        : _readers.Find(Query.GT("_id", afterId), limit: limit).ToList();

    public bool Move(long from, long to, DateTime now)
    {
        lock (_store.Write)
        {
            if (_readers.FindById(from) is not { } reader) return false;
            _readers.Delete(from);
            if (_readers.FindById(to) is not null) return true;
            reader.Id = to;
            reader.IsGroup = true;
            reader.ChangedAt = now;
            _readers.Insert(reader);
            return true;
        }
    }

    public bool AnyDigestAt(int minute) => _readers.Exists(r => r.DigestMinute == minute && r.Active);
}
