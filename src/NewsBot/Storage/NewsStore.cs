using LiteDB;
using NewsBot.Delivery;

namespace NewsBot.Storage;

/// <summary>A chat an article goes to, with the send priority of that target.</summary>
public sealed record DeliveryTarget(string Chat, ChatKind Kind, int Priority);

/// <summary>The one LiteDB class: articles, the delivery outbox, feed and chat state. Thread-safe.</summary>
public sealed partial class NewsStore : IDisposable
{
    private const int DuplicateKey = 110;
    private readonly LiteDatabase _db;
    private readonly ILiteCollection<ArticleRecord> _articles;
    private readonly ILiteCollection<DeliveryRecord> _deliveries;
    private readonly ILiteCollection<FeedStateRecord> _feeds;
    private readonly ILiteCollection<ChatRecord> _chats;
    private readonly ILiteCollection<SettingRecord> _settings;
    private readonly Lock _write = new();

    public NewsStore(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        // Strings are stored as given: LiteDB's default mapper would turn "" into null and trim whitespace.
        var mapper = new BsonMapper { EmptyStringToNull = false, TrimWhitespace = false };
        _db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, mapper) { UtcDate = true };
        _articles = _db.GetCollection<ArticleRecord>("articles");
        _deliveries = _db.GetCollection<DeliveryRecord>("deliveries");
        _feeds = _db.GetCollection<FeedStateRecord>("feeds");
        _chats = _db.GetCollection<ChatRecord>("chats");
        _settings = _db.GetCollection<SettingRecord>("settings");
        _articles.EnsureIndex(a => a.Key, unique: true);
        _articles.EnsureIndex(a => a.PublishedAt);
        _deliveries.EnsureIndex(d => d.Key, unique: true);
        _deliveries.EnsureIndex(d => d.State);
        _deliveries.EnsureIndex(d => d.Chat);
        OpenReaders();
        OpenEditorial();
    }

    /// <summary>Opens the readers' collections and indexes (NewsStore.Readers.cs).</summary>
    partial void OpenReaders();

    /// <summary>Opens the editors' collections and indexes (NewsStore.Editorial.cs).</summary>
    partial void OpenEditorial();

    /// <summary>Fills an article's index fields before it is stored as published (NewsStore.Readers.cs).</summary>
    partial void IndexPublished(ArticleRecord article);

    /// <summary>Queues a published article for its readers, in the same transaction (NewsStore.Readers.cs).</summary>
    partial void QueueForReaders(ArticleRecord article, DateTime now);

    public bool IsKnown(string key) => _articles.Exists(a => a.Key == key);

    public ArticleRecord? GetArticle(long id) => _articles.FindById(id);

    public int CountArticles(ArticleState state) => _articles.Count(a => a.State == state);

    /// <summary>Records articles as seen without publishing them (a feed's first poll); known keys are skipped.</summary>
    public int MarkSeen(IEnumerable<ArticleRecord> articles)
    {
        var added = 0;
        lock (_write)
            foreach (var article in articles)
                if (TryInsert(article)) added++;
        return added;
    }

    /// <summary>Stores a new article and its deliveries in one transaction; null when the key was already published.
    /// An article only seen before (a feed's first poll) is published in its place.</summary>
    public ArticleRecord? AddPublished(ArticleRecord article, IEnumerable<DeliveryTarget> targets, DateTime now)
    {
        lock (_write)
        {
            _db.BeginTrans();
            try
            {
                if (_articles.FindOne(a => a.Key == article.Key) is { } known)
                {
                    if (known.State != ArticleState.Seen) { _db.Rollback(); return null; }
                    article.Id = known.Id;
                    IndexPublished(article);
                    _articles.Update(article);
                }
                else
                {
                    IndexPublished(article);
                    _articles.Insert(article);
                }
                _deliveries.InsertBulk(targets.Select(t => NewDelivery(article.Id, t, now)));
                QueueForReaders(article, now);
                _db.Commit();
                return article;
            }
            catch
            {
                _db.Rollback();
                throw;
            }
        }
    }

    /// <summary>Queues messages that are not article posts (digests, broadcasts, notices), one per target, under unique keys; known keys are skipped.</summary>
    public int AddMessages(IEnumerable<(string Key, DeliveryTarget Target, string Html)> messages, DateTime now)
    {
        var added = 0;
        lock (_write)
        {
            _db.BeginTrans();
            try
            {
                foreach (var (key, target, html) in messages)
                {
                    if (_deliveries.Exists(d => d.Key == key)) continue;
                    var delivery = NewDelivery(0, target, now);
                    delivery.Key = key;
                    delivery.Text = html;
                    _deliveries.Insert(delivery);
                    added++;
                }
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

    /// <summary>Pending deliveries due by <paramref name="now"/>, channel posts first, oldest first.</summary>
    public IReadOnlyList<DeliveryRecord> DuePending(DateTime now, int limit)
    {
        var due = new List<DeliveryRecord>(limit);
        foreach (var priority in new[] { 0, 1, 2 })
        {
            if (due.Count >= limit) break;
            var from = $"{priority} ";
            var to = $"{priority} {now.Ticks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture)}";
            due.AddRange(_deliveries.Find(Query.Between(nameof(DeliveryRecord.Queue), from, to), limit: limit - due.Count)
                .OrderBy(d => d.DueAt).ThenBy(d => d.Id));
        }
        return due;
    }

    /// <summary>When the next pending delivery falls due, if any is pending.</summary>
    public DateTime? NextDue()
    {
        var firsts = new[] { 0, 1, 2 }.Select(p => _deliveries.FindOne(Query.Between(nameof(DeliveryRecord.Queue), $"{p} ", $"{p}~"))?.DueAt);
        return firsts.Where(d => d is not null).Min();
    }

    public IReadOnlyList<DeliveryRecord> Deliveries(long articleId) => _deliveries.Find(d => d.ArticleId == articleId).ToList();

    public int CountDeliveries(DeliveryState state) => _deliveries.Count(d => d.State == state);

    public void MarkSent(DeliveryRecord delivery, int messageId, DateTime at)
    {
        delivery.State = DeliveryState.Sent;
        delivery.MessageId = messageId;
        delivery.SentAt = at;
        delivery.Error = null;
        lock (_write) _deliveries.Update(delivery);
    }

    public void Retry(DeliveryRecord delivery, DateTime dueAt, string error)
    {
        delivery.Attempts++;
        delivery.DueAt = dueAt;
        delivery.Error = error;
        lock (_write) _deliveries.Update(delivery);
    }

    /// <summary>Moves a delivery to a later time without counting an attempt (a policy hold, not a failure).</summary>
    public void Postpone(DeliveryRecord delivery, DateTime dueAt)
    {
        delivery.DueAt = dueAt;
        lock (_write) _deliveries.Update(delivery);
    }

    /// <summary>Deletes subscribers' sent or failed deliveries created before <paramref name="before"/>, a chunk per lock so sends go on meanwhile; channel posts stay.</summary>
    public int PurgeFinishedDeliveries(DateTime before, CancellationToken ct)
    {
        var purged = 0;
        while (!ct.IsCancellationRequested)
        {
            int deleted;
            lock (_write)
            {
                var ids = _deliveries.Query()
                    .Where(d => d.State != DeliveryState.Pending && d.Priority > 0 && d.CreatedAt < before)
                    .Select(d => d.Id).Limit(5000).ToList();
                deleted = ids.Count == 0 ? 0 : _deliveries.DeleteMany(Query.In("_id", ids.Select(id => new BsonValue(id))));
            }
            purged += deleted;
            if (deleted == 0) break;
        }
        return purged;
    }

    public void MarkFailed(DeliveryRecord delivery, string error)
    {
        delivery.State = DeliveryState.Failed;
        delivery.Error = error;
        lock (_write) _deliveries.Update(delivery);
    }

    public ChatRecord? GetChat(string id) => _chats.FindById(id);

    /// <summary>Telegram refused the chat for good: no more sends there; its pending deliveries fail.</summary>
    public void DisableChat(string id, string reason, DateTime at)
    {
        lock (_write)
        {
            _chats.Upsert(new ChatRecord { Id = id, Disabled = true, Reason = reason, ChangedAt = at });
            foreach (var d in _deliveries.Find(d => d.Chat == id && d.State == DeliveryState.Pending).ToList())
            {
                d.State = DeliveryState.Failed;
                d.Error = reason;
                _deliveries.Update(d);
            }
        }
    }

    /// <summary>A group became a supergroup: its pending deliveries move to the new id.</summary>
    public void MoveChat(string from, string to, DateTime at)
    {
        lock (_write)
        {
            _chats.Upsert(new ChatRecord { Id = from, MovedTo = to, Reason = "migrated", ChangedAt = at });
            foreach (var d in _deliveries.Find(d => d.Chat == from && d.State == DeliveryState.Pending).ToList())
            {
                d.Chat = to;
                d.Key = $"{d.ArticleId}:{to}";
                if (!TryUpdate(d)) _deliveries.Delete(d.Id);
            }
        }
    }

    public FeedStateRecord GetFeedState(string url) => _feeds.FindById(url) ?? new FeedStateRecord { Id = url };

    public void SaveFeedState(FeedStateRecord state)
    {
        lock (_write) _feeds.Upsert(state);
    }

    public long GetSetting(string name) => _settings.FindById(name)?.Value ?? 0;

    public void SaveSetting(string name, long value)
    {
        lock (_write) _settings.Upsert(new SettingRecord { Id = name, Value = value });
    }

    public void Dispose() => _db.Dispose();

    private bool TryInsert(ArticleRecord article)
    {
        try
        {
            _articles.Insert(article);
            return true;
        }
        catch (LiteException e) when (e.ErrorCode == DuplicateKey)
        {
            return false;
        }
    }

    private bool TryUpdate(DeliveryRecord delivery)
    {
        try
        {
            return _deliveries.Update(delivery);
        }
        catch (LiteException e) when (e.ErrorCode == DuplicateKey)
        {
            return false;
        }
    }

    private static DeliveryRecord NewDelivery(long articleId, DeliveryTarget target, DateTime now) => new()
    {
        Key = $"{articleId}:{target.Chat}",
        ArticleId = articleId,
        Chat = target.Chat,
        Kind = target.Kind,
        Priority = target.Priority,
        State = DeliveryState.Pending,
        DueAt = now,
        CreatedAt = now,
    };
}
