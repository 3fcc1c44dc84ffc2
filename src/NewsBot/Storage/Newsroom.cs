using LiteDB;

namespace NewsBot.Storage;

/// <summary>The editors' side: scheduled posts, drafts, sources added at run time, broadcasts, notices to editors and the audit log.</summary>
public interface INewsroom
{
    ScheduleRecord AddSchedule(ScheduleRecord schedule);
    ScheduleRecord? GetSchedule(long id);
    IReadOnlyList<ScheduleRecord> PendingSchedules();

    /// <summary>Pending → Cancelled; false when the schedule is unknown or no longer pending.</summary>
    bool CancelSchedule(long id);

    /// <summary>Moves a pending schedule; null when it is unknown or no longer pending.</summary>
    ScheduleRecord? Reschedule(long id, DateTime dueAt);

    /// <summary>Stores a draft to be offered to its editors (the desk is woken).</summary>
    DraftRecord AddDraft(DraftRecord draft);
    DraftRecord? GetDraft(long id);

    /// <summary>Drafts stored but not yet shown to their editors, oldest first.</summary>
    IReadOnlyList<DraftRecord> UnofferedDrafts();

    /// <summary>The copies a draft was shown as; the draft counts as offered.</summary>
    void SaveDraftCopies(long id, List<DraftCopy> copies);

    /// <summary>The first decision wins: Open → <paramref name="state"/>; null when the draft is unknown or was decided before.</summary>
    DraftRecord? DecideDraft(long id, DraftState state, long editorId, string editorName, DateTime now);
    /// <summary>Stores a question about a removed article (the desk is woken); null when that article was asked about before.</summary>
    RemovalRecord? AddRemoval(RemovalRecord removal);
    RemovalRecord? GetRemoval(long id);

    /// <summary>Removal questions stored but not yet shown to their editors, oldest first.</summary>
    IReadOnlyList<RemovalRecord> UnofferedRemovals();

    /// <summary>The copies a removal question was shown as; it counts as offered.</summary>
    void SaveRemovalCopies(long id, List<DraftCopy> copies);

    /// <summary>The first decision wins: Open → <paramref name="state"/>; null when the question is unknown or was decided before.</summary>
    RemovalRecord? DecideRemoval(long id, RemovalState state, long editorId, string editorName, DateTime now);
    IReadOnlyList<SourceRecord> Sources();
    SourceRecord? GetSource(string url);

    /// <summary>Stores a feed added at run time; null when that URL is stored already.</summary>
    SourceRecord? AddSource(SourceRecord source);
    SourceRecord? RemoveSource(long id);
    void Audit(AuditRecord entry);
    IReadOnlyList<AuditRecord> LatestAudit(int count);

    /// <summary>A refused attempt by someone who is not an editor: counted into that user's refused entry of the last hour, or a new one.</summary>
    void AuditRefused(long userId, string attempt, DateTime at);
    BroadcastRecord AddBroadcast(BroadcastRecord broadcast);

    /// <summary>The confirm button: in one transaction the broadcast is decided and its fan-out to every active reader starts; null when unknown or pressed before.</summary>
    BroadcastRecord? ConfirmBroadcast(long id, DateTime now);

    /// <summary>The cancel button; null when unknown or pressed before.</summary>
    BroadcastRecord? CancelBroadcast(long id);

    /// <summary>Stores a notice for the editors once per key (the desk is woken); false when that key was noticed before.</summary>
    bool AddNotice(NoticeRecord notice);
    IReadOnlyList<NoticeRecord> UnqueuedNotices();
    void MarkNoticeQueued(long id);

    /// <summary>Returns when drafts or notices are stored, or after <paramref name="timeout"/>.</summary>
    Task WaitAsync(TimeSpan timeout, CancellationToken ct);
}

internal sealed class LiteNewsroom : INewsroom
{
    private readonly LiteStore _store;
    private readonly ILiteCollection<ScheduleRecord> _schedules;
    private readonly ILiteCollection<DraftRecord> _drafts;
    private readonly ILiteCollection<SourceRecord> _sources;
    private readonly ILiteCollection<AuditRecord> _audit;
    private readonly ILiteCollection<BroadcastRecord> _broadcasts;
    private readonly ILiteCollection<NoticeRecord> _notices;
    private readonly ILiteCollection<RemovalRecord> _removals;

    public LiteNewsroom(LiteStore store)
    {
        _store = store;
        _schedules = store.ScheduleRows;
        _drafts = store.Db.GetCollection<DraftRecord>("drafts");
        _sources = store.Db.GetCollection<SourceRecord>("sources");
        _audit = store.Db.GetCollection<AuditRecord>("audit");
        _broadcasts = store.Db.GetCollection<BroadcastRecord>("broadcasts");
        _notices = store.Db.GetCollection<NoticeRecord>("notices");
        _removals = store.Db.GetCollection<RemovalRecord>("removals");
        _schedules.EnsureIndex(s => s.State);
        _drafts.EnsureIndex(d => d.Offered);
        _sources.EnsureIndex(s => s.Url, unique: true);
        _audit.EnsureIndex(a => a.At);
        _audit.EnsureIndex(a => a.UserId);
        _notices.EnsureIndex(n => n.Key, unique: true);
        _notices.EnsureIndex(n => n.Queued);
        _removals.EnsureIndex(r => r.ArticleId, unique: true);
        _removals.EnsureIndex(r => r.Offered);
    }

    public ScheduleRecord AddSchedule(ScheduleRecord schedule)
    {
        lock (_store.Write) _schedules.Insert(schedule);
        return schedule;
    }

    public ScheduleRecord? GetSchedule(long id) => _schedules.FindById(id);

    public IReadOnlyList<ScheduleRecord> PendingSchedules() =>
        _schedules.Query().Where(s => s.State == ScheduleState.Pending).OrderBy(s => s.DueAt).ToList();

    public bool CancelSchedule(long id)
    {
        lock (_store.Write)
        {
            if (_schedules.FindById(id) is not { State: ScheduleState.Pending } s) return false;
            s.State = ScheduleState.Cancelled;
            return _schedules.Update(s);
        }
    }

    public ScheduleRecord? Reschedule(long id, DateTime dueAt)
    {
        lock (_store.Write)
        {
            if (_schedules.FindById(id) is not { State: ScheduleState.Pending } s) return null;
            s.DueAt = dueAt;
            _schedules.Update(s);
            return s;
        }
    }

    public DraftRecord AddDraft(DraftRecord draft)
    {
        lock (_store.Write) _drafts.Insert(draft);
        _store.NewsroomWork.Pulse();
        return draft;
    }

    public DraftRecord? GetDraft(long id) => _drafts.FindById(id);

    public IReadOnlyList<DraftRecord> UnofferedDrafts() => _drafts.Find(d => !d.Offered).OrderBy(d => d.Id).ToList();

    public void SaveDraftCopies(long id, List<DraftCopy> copies)
    {
        lock (_store.Write)
            if (_drafts.FindById(id) is { } draft)
            {
                draft.Copies = copies;
                draft.Offered = true;
                _drafts.Update(draft);
            }
    }

    public DraftRecord? DecideDraft(long id, DraftState state, long editorId, string editorName, DateTime now)
    {
        lock (_store.Write)
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

    public RemovalRecord? AddRemoval(RemovalRecord removal)
    {
        bool added;
        lock (_store.Write) added = LiteStore.TryInsert(_removals, removal);
        if (added) _store.NewsroomWork.Pulse();
        return added ? removal : null;
    }

    public RemovalRecord? GetRemoval(long id) => _removals.FindById(id);

    public IReadOnlyList<RemovalRecord> UnofferedRemovals() => _removals.Find(r => !r.Offered).OrderBy(r => r.Id).ToList();

    public void SaveRemovalCopies(long id, List<DraftCopy> copies)
    {
        lock (_store.Write)
            if (_removals.FindById(id) is { } removal)
            {
                removal.Copies = copies;
                removal.Offered = true;
                _removals.Update(removal);
            }
    }

    public RemovalRecord? DecideRemoval(long id, RemovalState state, long editorId, string editorName, DateTime now)
    {
        lock (_store.Write)
        {
            if (_removals.FindById(id) is not { State: RemovalState.Open } removal) return null;
            (removal.State, removal.DecidedBy, removal.DecidedByName, removal.DecidedAt) = (state, editorId, editorName, now);
            _removals.Update(removal);
            return removal;
        }
    }

    public IReadOnlyList<SourceRecord> Sources() => _sources.FindAll().OrderBy(s => s.Id).ToList();

    public SourceRecord? GetSource(string url) => _sources.FindOne(s => s.Url == url);

    public SourceRecord? AddSource(SourceRecord source)
    {
        lock (_store.Write)
        {
            if (_sources.Exists(s => s.Url == source.Url)) return null;
            _sources.Insert(source);
            return source;
        }
    }

    public SourceRecord? RemoveSource(long id)
    {
        lock (_store.Write)
        {
            var source = _sources.FindById(id);
            if (source is not null) _sources.Delete(id);
            return source;
        }
    }

    public void Audit(AuditRecord entry)
    {
        lock (_store.Write) _audit.Insert(entry);
    }

    public IReadOnlyList<AuditRecord> LatestAudit(int count) => _audit.Query().OrderByDescending(a => a.At).Limit(count).ToList();

    public void AuditRefused(long userId, string attempt, DateTime at)
    {
        lock (_store.Write)
        {
            var recent = _audit.Query().Where(a => a.UserId == userId && !a.Allowed && a.At > at.AddHours(-1)).FirstOrDefault();
            if (recent is null)
            {
                _audit.Insert(new AuditRecord { At = at, UserId = userId, Action = attempt, Detail = "refused: not an editor", Allowed = false });
                return;
            }
            recent.Times++;
            recent.Action = attempt;
            recent.Detail = $"refused: not an editor ({recent.Times} attempts this hour)";
            _audit.Update(recent);
        }
    }

    public BroadcastRecord AddBroadcast(BroadcastRecord broadcast)
    {
        lock (_store.Write) _broadcasts.Insert(broadcast);
        return broadcast;
    }

    public BroadcastRecord? ConfirmBroadcast(long id, DateTime now)
    {
        var confirmed = _store.Transaction(() =>
        {
            if (Take(id) is not { } broadcast) return null;
            LiteStore.TryInsert(_store.FanoutRows, new FanoutRecord
            {
                Key = $"broadcast:{id}", Kind = FanoutKind.Broadcast, ArticleId = id, Text = broadcast.Html, CreatedAt = now,
            });
            return broadcast;
        });
        if (confirmed is not null) _store.OutboxWork.Pulse();
        return confirmed;
    }

    public BroadcastRecord? CancelBroadcast(long id)
    {
        lock (_store.Write) return Take(id);
    }

    /// <summary>Undecided → decided; called under the write lock.</summary>
    private BroadcastRecord? Take(long id)
    {
        if (_broadcasts.FindById(id) is not { Decided: false } b) return null;
        b.Decided = true;
        _broadcasts.Update(b);
        return b;
    }

    public bool AddNotice(NoticeRecord notice)
    {
        bool added;
        lock (_store.Write) added = LiteStore.TryInsert(_notices, notice);
        if (added) _store.NewsroomWork.Pulse();
        return added;
    }

    public IReadOnlyList<NoticeRecord> UnqueuedNotices() => _notices.Find(n => !n.Queued).OrderBy(n => n.Id).ToList();

    public void MarkNoticeQueued(long id)
    {
        lock (_store.Write)
            if (_notices.FindById(id) is { } notice)
            {
                notice.Queued = true;
                _notices.Update(notice);
            }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _store.NewsroomWork.WaitAsync(timeout, ct);
}
