using LiteDB;
using NewsBot.Delivery;

namespace NewsBot.Storage;

/// <summary>How firing a scheduled post ended: published now, or nothing to do (already fired, cancelled, or its URL was published before).</summary>
public enum FireResult { Published, NotPending, AlreadyPublished }

public sealed partial class NewsStore
{
    public const string PausedSetting = "editorial.paused";
    private ILiteCollection<ScheduleRecord> _schedules = null!;
    private ILiteCollection<DraftRecord> _drafts = null!;
    private ILiteCollection<SourceRecord> _sources = null!;
    private ILiteCollection<AuditRecord> _audit = null!;
    private ILiteCollection<BroadcastRecord> _broadcasts = null!;

    partial void OpenEditorial()
    {
        _schedules = _db.GetCollection<ScheduleRecord>("schedules");
        _drafts = _db.GetCollection<DraftRecord>("drafts");
        _sources = _db.GetCollection<SourceRecord>("sources");
        _audit = _db.GetCollection<AuditRecord>("audit");
        _broadcasts = _db.GetCollection<BroadcastRecord>("broadcasts");
        _schedules.EnsureIndex(s => s.State);
        _sources.EnsureIndex(s => s.Url, unique: true);
        _audit.EnsureIndex(a => a.At);
    }

    public bool Paused => GetSetting(PausedSetting) != 0;

    public ScheduleRecord AddSchedule(ScheduleRecord schedule)
    {
        lock (_write) _schedules.Insert(schedule);
        return schedule;
    }

    public ScheduleRecord? GetSchedule(long id) => _schedules.FindById(id);

    public IReadOnlyList<ScheduleRecord> PendingSchedules() =>
        _schedules.Query().Where(s => s.State == ScheduleState.Pending).OrderBy(s => s.DueAt).ToList();

    /// <summary>Pending → Cancelled; false when the schedule is unknown or no longer pending.</summary>
    public bool CancelSchedule(long id)
    {
        lock (_write)
        {
            if (_schedules.FindById(id) is not { State: ScheduleState.Pending } s) return false;
            s.State = ScheduleState.Cancelled;
            return _schedules.Update(s);
        }
    }

    /// <summary>Moves a pending schedule; null when it is unknown or no longer pending.</summary>
    public ScheduleRecord? Reschedule(long id, DateTime dueAt)
    {
        lock (_write)
        {
            if (_schedules.FindById(id) is not { State: ScheduleState.Pending } s) return null;
            s.DueAt = dueAt;
            _schedules.Update(s);
            return s;
        }
    }

    /// <summary>The exactly-once step: in one transaction the schedule goes Pending → Published and the article with its deliveries is stored.
    /// A second fire (a re-registered trigger, a restart) finds it no longer pending and does nothing.</summary>
    public FireResult FireSchedule(long id, ArticleRecord article, IEnumerable<DeliveryTarget> targets, DateTime now)
    {
        lock (_write)
        {
            _db.BeginTrans();
            try
            {
                if (_schedules.FindById(id) is not { State: ScheduleState.Pending } schedule) { _db.Rollback(); return FireResult.NotPending; }
                var stored = InsertPublished(article, targets, now);
                schedule.State = ScheduleState.Published;
                schedule.FiredAt = now;
                schedule.ArticleId = stored ? article.Id : null;
                _schedules.Update(schedule);
                _db.Commit();
                return stored ? FireResult.Published : FireResult.AlreadyPublished;
            }
            catch
            {
                _db.Rollback();
                throw;
            }
        }
    }

    /// <summary>Stores an article published by an editor (/post, an approved draft); null when its key was published before.</summary>
    public ArticleRecord? AddEditorial(ArticleRecord article, IEnumerable<DeliveryTarget> targets, DateTime now)
    {
        lock (_write) return InsertPublished(article, targets, now) ? article : null;
    }

    private bool InsertPublished(ArticleRecord article, IEnumerable<DeliveryTarget> targets, DateTime now)
    {
        if (_articles.FindOne(a => a.Key == article.Key) is { } known)
        {
            if (known.State != ArticleState.Seen) return false;
            article.Id = known.Id;
            _articles.Update(article);
        }
        else _articles.Insert(article);
        foreach (var target in targets)
            _deliveries.Insert(NewDelivery(article.Id, target, now));
        return true;
    }

    public DraftRecord AddDraft(DraftRecord draft)
    {
        lock (_write) _drafts.Insert(draft);
        return draft;
    }

    public DraftRecord? GetDraft(long id) => _drafts.FindById(id);

    public void SaveDraftCopies(long id, List<DraftCopy> copies)
    {
        lock (_write)
            if (_drafts.FindById(id) is { } draft)
            {
                draft.Copies = copies;
                _drafts.Update(draft);
            }
    }

    /// <summary>The first decision wins: Open → <paramref name="state"/>; null when the draft is unknown or was decided before.</summary>
    public DraftRecord? DecideDraft(long id, DraftState state, long editorId, string editorName, DateTime now)
    {
        lock (_write)
        {
            if (_drafts.FindById(id) is not { State: DraftState.Open } draft) return null;
            draft.State = state;
            draft.DecidedBy = editorId;
            draft.DecidedByName = editorName;
            draft.DecidedAt = now;
            _drafts.Update(draft);
            return draft;
        }
    }

    public IReadOnlyList<SourceRecord> Sources() => _sources.FindAll().OrderBy(s => s.Id).ToList();

    public SourceRecord? GetSource(string url) => _sources.FindOne(s => s.Url == url);

    /// <summary>Stores a feed added at run time; null when that URL is stored already.</summary>
    public SourceRecord? AddSource(SourceRecord source)
    {
        lock (_write)
        {
            if (_sources.Exists(s => s.Url == source.Url)) return null;
            _sources.Insert(source);
            return source;
        }
    }

    public SourceRecord? RemoveSource(long id)
    {
        lock (_write)
        {
            var source = _sources.FindById(id);
            if (source is not null) _sources.Delete(id);
            return source;
        }
    }

    public void Audit(AuditRecord entry)
    {
        lock (_write) _audit.Insert(entry);
    }

    public IReadOnlyList<AuditRecord> LatestAudit(int count) =>
        _audit.Query().OrderByDescending(a => a.At).Limit(count).ToList();

    public int CountAudit(long userId) => _audit.Count(a => a.UserId == userId);

    public BroadcastRecord AddBroadcast(BroadcastRecord broadcast)
    {
        lock (_write) _broadcasts.Insert(broadcast);
        return broadcast;
    }

    /// <summary>Takes an undecided broadcast for its confirm or cancel button; null when unknown or pressed before.</summary>
    public BroadcastRecord? TakeBroadcast(long id)
    {
        lock (_write)
        {
            if (_broadcasts.FindById(id) is not { Decided: false } b) return null;
            b.Decided = true;
            _broadcasts.Update(b);
            return b;
        }
    }

    public int CountPublishedSince(DateTime since) =>
        _articles.Count(a => a.State == ArticleState.Published && a.PublishedAt >= since);

    public IReadOnlyList<ArticleRecord> PublishedSince(DateTime since) =>
        _articles.Find(a => a.State == ArticleState.Published && a.PublishedAt >= since).ToList();

    public int CountDeliveriesSince(DeliveryState state, DateTime since) =>
        _deliveries.Count(d => d.State == state && d.CreatedAt >= since);

    /// <summary>When the last post reached <paramref name="chat"/>, if ever.</summary>
    public DateTime? LastSentAt(string chat) =>
        _deliveries.Query().Where(d => d.Chat == chat && d.State == DeliveryState.Sent && d.ArticleId > 0)
            .OrderByDescending(d => d.SentAt).FirstOrDefault()?.SentAt;

    /// <summary>Article posts still waiting for one of <paramref name="chats"/>, soonest first.</summary>
    public IReadOnlyList<DeliveryRecord> PendingPosts(IReadOnlyCollection<string> chats) =>
        _deliveries.Find(d => d.State == DeliveryState.Pending && d.ArticleId > 0).Where(d => chats.Contains(d.Chat))
            .OrderBy(d => d.DueAt).ToList();

    /// <summary>Brings held deliveries to <paramref name="chats"/> due now (after /resume); the channel gate spaces them again.</summary>
    public int ReleaseHeld(IReadOnlyCollection<string> chats, DateTime now)
    {
        lock (_write)
        {
            var held = _deliveries.Find(d => d.State == DeliveryState.Pending && d.DueAt > now).Where(d => chats.Contains(d.Chat)).ToList();
            foreach (var d in held)
            {
                d.DueAt = now;
                _deliveries.Update(d);
            }
            return held.Count;
        }
    }

    public IReadOnlyList<FeedStateRecord> FeedStates() => _feeds.FindAll().ToList();
}
