using LiteDB;

namespace NewsBot.Storage;

/// <summary>Articles with their search and /latest index, and the sections they fall in; the one place a published article is stored.</summary>
public interface IArticles
{
    bool IsKnown(string key);
    ArticleRecord? Get(long id);

    /// <summary>The article stored under an identity (SPEC §3.2), seen or published.</summary>
    ArticleRecord? Find(string key);
    int Count(ArticleState state);

    /// <summary>Records articles as seen without publishing them (a feed's first poll, a draft); known keys are skipped. How many were new.</summary>
    int MarkSeen(IEnumerable<ArticleRecord> articles);

    /// <summary>The one step that publishes: in one transaction the article (in place of an only-seen one), its search and /latest
    /// index, its channel deliveries and its readers' fan-out marker, and the schedule it fires (Pending → Published).</summary>
    PublishResult Publish(PublishRequest publication, DateTime now);

    /// <summary>The newest published articles, optionally of one section, after a paging cursor (<see cref="ArticleIndex.Order"/>).</summary>
    IReadOnlyList<ArticleRecord> Latest(int? sectionId, string? after, int count);

    /// <summary>The newest articles whose title or summary has every stem, after a paging cursor; at most <paramref name="scan"/> candidates are read.</summary>
    IReadOnlyList<ArticleRecord> Search(IReadOnlyList<string> stems, string? after, int count, int scan = 2000);
    IReadOnlyList<ArticleRecord> PublishedSince(DateTime since);
    IReadOnlyList<SectionRecord> Sections();
    SectionRecord? GetSection(int id);
    SectionRecord? FindSection(string name);

    /// <summary>The section's id, adding it when new (configured feed names are added at start).</summary>
    int AddSection(string name);
}

internal sealed class LiteArticles : IArticles
{
    private const string TermsIndex = "$.Terms[*]";
    private const string ShelvesIndex = "$.Shelves[*]";
    private readonly LiteStore _store;
    private readonly ILiteCollection<ArticleRecord> _articles;
    private readonly ILiteCollection<SectionRecord> _sections;

    public LiteArticles(LiteStore store)
    {
        _store = store;
        _articles = store.ArticleRows;
        _sections = store.SectionRows;
        _articles.EnsureIndex(a => a.Key, unique: true);
        _articles.EnsureIndex(a => a.PublishedAt);
        _articles.EnsureIndex("Terms", TermsIndex);
        _articles.EnsureIndex("Shelves", ShelvesIndex);
        _sections.EnsureIndex(s => s.Key, unique: true);
    }

    public bool IsKnown(string key) => _articles.Exists(a => a.Key == key);

    public ArticleRecord? Get(long id) => _articles.FindById(id);

    public ArticleRecord? Find(string key) => _articles.FindOne(a => a.Key == key);

    public int Count(ArticleState state) => _articles.Count(a => a.State == state);

    public int MarkSeen(IEnumerable<ArticleRecord> articles)
    {
        var added = 0;
        lock (_store.Write)
            foreach (var article in articles)
                if (LiteStore.TryInsert(_articles, article)) added++;
        return added;
    }

    public PublishResult Publish(PublishRequest publication, DateTime now)
    {
        var article = publication.Article;
        var result = _store.Transaction(() =>
        {
            var schedule = publication.ScheduleId is { } id ? _store.ScheduleRows.FindById(id) : null;
            if (publication.ScheduleId is not null && schedule is not { State: ScheduleState.Pending }) return PublishResult.NotPending;
            var stored = Store(article);
            if (stored)
            {
                _store.DeliveryRows.InsertBulk(publication.Channels.Select(t => DeliveryRecord.Post(article.Id, t, now)));
                LiteStore.TryInsert(_store.FanoutRows, new FanoutRecord { Key = $"article:{article.Id}", Kind = FanoutKind.Article, ArticleId = article.Id, CreatedAt = now });
            }
            if (schedule is not null)
            {
                schedule.State = ScheduleState.Published;
                schedule.FiredAt = now;
                schedule.ArticleId = stored ? article.Id : null;
                _store.ScheduleRows.Update(schedule);
            }
            return stored ? PublishResult.Published : PublishResult.AlreadyPublished;
        });
        if (result == PublishResult.Published) _store.OutboxWork.Pulse();
        return result;
    }

    /// <summary>Stores the article as published with its index; false when its key was published before. Called in a transaction.</summary>
    private bool Store(ArticleRecord article)
    {
        article.State = ArticleState.Published;
        if (_articles.FindOne(a => a.Key == article.Key) is { } known)
        {
            if (known.State != ArticleState.Seen) return false;
            article.Id = known.Id;
            Index(article);
            _articles.Update(article);
        }
        else
        {
            Index(article);
            _articles.Insert(article);
        }
        return true;
    }

    private void Index(ArticleRecord article)
    {
        var order = ArticleIndex.Order(article.PublishedAt ?? article.FoundAt, article.Key);
        article.SectionId = string.IsNullOrWhiteSpace(article.Section) ? null : SectionIdOf(article.Section);
        article.Shelves = [ArticleIndex.Entry(ArticleIndex.AllShelf, order)];
        if (article.SectionId is { } id) article.Shelves.Add(ArticleIndex.Entry(ArticleIndex.SectionShelf(id), order));
        article.Terms = ArticleIndex.Stems(article.Title + "\n" + article.Summary).Select(s => ArticleIndex.Entry(s, order)).ToList();
    }

    public IReadOnlyList<ArticleRecord> Latest(int? sectionId, string? after, int count)
    {
        var shelf = sectionId is { } id ? ArticleIndex.SectionShelf(id) : ArticleIndex.AllShelf;
        return Walk(ShelvesIndex, shelf, after).Take(count).ToList();
    }

    public IReadOnlyList<ArticleRecord> Search(IReadOnlyList<string> stems, string? after, int count, int scan = 2000)
    {
        if (stems.Count == 0) return [];
        var rarest = stems.OrderByDescending(s => s.Length).First();
        return Walk(TermsIndex, rarest, after).Take(scan)
            .Where(a => stems.All(s => a.Terms?.Exists(t => t.StartsWith(s + " ", StringComparison.Ordinal)) == true))
            .Take(count).ToList();
    }

    public IReadOnlyList<ArticleRecord> PublishedSince(DateTime since) =>
        _articles.Find(a => a.State == ArticleState.Published && a.PublishedAt >= since).ToList();

    public IReadOnlyList<SectionRecord> Sections() => _sections.FindAll().OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public SectionRecord? GetSection(int id) => _sections.FindById(id);

    public SectionRecord? FindSection(string name) => _sections.FindOne(s => s.Key == SectionKey(name));

    public int AddSection(string name)
    {
        lock (_store.Write) return SectionIdOf(name);
    }

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
