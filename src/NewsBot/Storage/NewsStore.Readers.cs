using LiteDB;
using NewsBot.Delivery;

namespace NewsBot.Storage;

/// <summary>Readers, sections, article search and the fan-out of published articles to readers.</summary>
public sealed partial class NewsStore
{
    private const string TermsIndex = "$.Terms[*]";
    private const string ShelvesIndex = "$.Shelves[*]";
    private ILiteCollection<ReaderRecord> _readers = null!;
    private ILiteCollection<SectionRecord> _sections = null!;
    private ILiteCollection<FanoutRecord> _fanouts = null!;

    partial void OpenReaders()
    {
        _readers = _db.GetCollection<ReaderRecord>("readers");
        _sections = _db.GetCollection<SectionRecord>("sections");
        _fanouts = _db.GetCollection<FanoutRecord>("fanouts");
        _readers.EnsureIndex(r => r.DigestMinute);
        _sections.EnsureIndex(s => s.Key, unique: true);
        _articles.EnsureIndex("Terms", TermsIndex);
        _articles.EnsureIndex("Shelves", ShelvesIndex);
        _deliveries.EnsureIndex(d => d.Queue);
    }

    public ReaderRecord? GetReader(long id) => _readers.FindById(id);

    public int CountReaders(bool active) => _readers.Count(r => r.Active == active);

    /// <summary>/start: a new reader subscribes to every section; a known one is active again with its choices. Sends to the chat resume.</summary>
    public ReaderRecord StartReader(long id, bool isGroup, string? telegramLanguage, DateTime now)
    {
        lock (_write)
        {
            var reader = _readers.FindById(id) ?? new ReaderRecord { Id = id, JoinedAt = now };
            reader.IsGroup = isGroup;
            reader.Active = true;
            reader.StopReason = null;
            reader.TelegramLanguage = telegramLanguage ?? reader.TelegramLanguage;
            if (reader.Sections is { Count: 0 }) reader.Sections = null;
            reader.ChangedAt = now;
            _readers.Upsert(reader);
            _chats.Delete(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return reader;
        }
    }

    /// <summary>The chat's reader record, added inactive (no messages) when it is new: /lang before /start.</summary>
    public ReaderRecord KnownReader(long id, bool isGroup, string? telegramLanguage, DateTime now)
    {
        lock (_write)
        {
            if (_readers.FindById(id) is { } known) return known;
            var reader = new ReaderRecord { Id = id, IsGroup = isGroup, TelegramLanguage = telegramLanguage, JoinedAt = now, ChangedAt = now, StopReason = "not started" };
            _readers.Insert(reader);
            return reader;
        }
    }

    /// <summary>Changes a known reader under the write lock; false when there is no such reader.</summary>
    public bool ChangeReader(long id, Action<ReaderRecord> change, DateTime now)
    {
        lock (_write)
        {
            if (_readers.FindById(id) is not { } reader) return false;
            change(reader);
            reader.ChangedAt = now;
            return _readers.Update(reader);
        }
    }

    /// <summary>/stop, a 403 or a "kicked" update: no more messages; the record stays.</summary>
    public bool StopReader(long id, string reason, DateTime now) =>
        ChangeReader(id, r => { r.Active = false; r.StopReason = reason; }, now);

    /// <summary>Up to <paramref name="limit"/> readers after <paramref name="afterId"/>, in id order (active or not).</summary>
    public IReadOnlyList<ReaderRecord> ReadersAfter(long afterId, int limit) =>
        _readers.Find(Query.GT("_id", afterId), limit: limit).ToList();

    /// <summary>Ids of the active readers whose digest falls at this minute of the day.</summary>
    public IReadOnlyList<long> DigestReaders(int minute) =>
        _readers.Query().Where(r => r.DigestMinute == minute && r.Active).Select(r => r.Id).ToList();

    public IReadOnlyList<SectionRecord> Sections() => _sections.FindAll().OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public SectionRecord? GetSection(int id) => _sections.FindById(id);

    public SectionRecord? FindSection(string name) => _sections.FindOne(s => s.Key == SectionKey(name));

    /// <summary>The section's id, adding it when new (configured feed names are added at start).</summary>
    public int AddSection(string name)
    {
        lock (_write) return SectionIdOf(name);
    }

    /// <summary>The newest published articles, optionally of one section, after a paging cursor (<see cref="ArticleIndex.Order"/>).</summary>
    public IReadOnlyList<ArticleRecord> Latest(int? sectionId, string? after, int count)
    {
        var shelf = sectionId is { } id ? ArticleIndex.SectionShelf(id) : ArticleIndex.AllShelf;
        return Walk(ShelvesIndex, shelf, after).Take(count).ToList();
    }

    /// <summary>The newest articles whose title or summary has every stem, after a paging cursor; at most <paramref name="scan"/> candidates are read.</summary>
    public IReadOnlyList<ArticleRecord> Search(IReadOnlyList<string> stems, string? after, int count, int scan = 2000)
    {
        if (stems.Count == 0) return [];
        var rarest = stems.OrderByDescending(s => s.Length).First();
        return Walk(TermsIndex, rarest, after).Take(scan)
            .Where(a => stems.All(s => a.Terms?.Exists(t => t.StartsWith(s + " ", StringComparison.Ordinal)) == true))
            .Take(count).ToList();
    }

    /// <summary>The oldest article still being queued for its readers.</summary>
    public FanoutRecord? NextFanout() => _fanouts.FindOne(Query.All());

    /// <summary>Queues one chunk of an article's reader deliveries and moves its cursor, in one transaction; the last chunk ends the fan-out.</summary>
    public int QueueFanout(FanoutRecord fanout, IEnumerable<DeliveryTarget> targets, long lastReader, bool done, DateTime now)
    {
        var added = 0;
        lock (_write)
        {
            _db.BeginTrans();
            try
            {
                var fresh = targets.Select(t => NewDelivery(fanout.Id, t, now)).Where(d => !_deliveries.Exists(x => x.Key == d.Key)).ToList();
                added = _deliveries.InsertBulk(fresh);
                fanout.AfterReader = lastReader;
                if (done) _fanouts.Delete(fanout.Id);
                else _fanouts.Update(fanout);
                _db.Commit();
            }
            catch
            {
                _db.Rollback();
                throw;
            }
        }
        return added;
    }

    /// <summary>Ends every unfinished fan-out (benchmarks seed articles that readers must not get).</summary>
    internal void DropFanouts()
    {
        lock (_write) _fanouts.DeleteAll();
    }

    partial void IndexPublished(ArticleRecord article)
    {
        var order = ArticleIndex.Order(article.PublishedAt ?? article.FoundAt, article.Key);
        article.SectionId = string.IsNullOrWhiteSpace(article.Section) ? null : SectionIdOf(article.Section);
        article.Shelves = [ArticleIndex.Entry(ArticleIndex.AllShelf, order)];
        if (article.SectionId is { } id) article.Shelves.Add(ArticleIndex.Entry(ArticleIndex.SectionShelf(id), order));
        article.Terms = ArticleIndex.Stems(article.Title + "\n" + article.Summary).Select(s => ArticleIndex.Entry(s, order)).ToList();
    }

    partial void QueueForReaders(ArticleRecord article, DateTime now) =>
        _fanouts.Upsert(new FanoutRecord { Id = article.Id, CreatedAt = now });

    /// <summary>Articles on one term's index range, newest first, read lazily.</summary>
    private IEnumerable<ArticleRecord> Walk(string index, string term, string? after) =>
        _articles.Query()
            .Where(index + " ANY BETWEEN @0 AND @1", ArticleIndex.From(term, after), ArticleIndex.To(term))
            .ToEnumerable()
            .Where(a => a.State == ArticleState.Published);

    /// <summary>Called under the write lock.</summary>
    private int SectionIdOf(string name)
    {
        var key = SectionKey(name);
        if (_sections.FindOne(s => s.Key == key) is { } known) return known.Id;
        var section = new SectionRecord { Name = name.Trim(), Key = key };
        _sections.Insert(section);
        return section.Id;
    }

    private static string SectionKey(string name) => name.Trim().ToLowerInvariant();
}
