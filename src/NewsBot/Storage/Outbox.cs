using System.Collections.Concurrent;
using LiteDB;

namespace NewsBot.Storage;

/// <summary>
/// The durable outbox: deliveries (article posts and messages of their own), the fan-outs that queue them for many readers, and
/// the state of chats Telegram refused or moved. A delivery changes only while Pending, and only by the conditional steps here.
/// </summary>
public interface IOutbox
{
    /// <summary>Queues messages under unique keys; known keys are skipped. How many were new.</summary>
    int Add(IEnumerable<DeliveryRecord> messages);

    /// <summary>Pending deliveries due by <paramref name="now"/>, lane by lane (<see cref="Lanes.InOrder"/>: urgent work first), oldest first.</summary>
    IReadOnlyList<DeliveryRecord> Due(DateTime now, int limit);

    /// <summary>When the next pending delivery falls due, if any is pending.</summary>
    DateTime? NextDue();
    DeliveryRecord? Get(long id);
    IReadOnlyList<DeliveryRecord> OfArticle(long articleId);

    /// <summary>How many of an article's deliveries (its channel posts and readers' copies) are in each state, read without loading them whole.</summary>
    IReadOnlyDictionary<DeliveryState, int> Tally(long articleId);
    int Count(DeliveryState state);
    int CountSince(DeliveryState state, DateTime since);

    /// <summary>How many deliveries of one action were carried out (Sent) since a time: edits, deletions, pins.</summary>
    int CountDone(DeliveryAction action, DateTime since);

    /// <summary>False once the delivery was retracted (checked again right before its send, after the pacer's wait).</summary>
    bool IsPending(long id);

    /// <summary>Records a send and what its message shows (photo, post fingerprint). A delivery cancelled while its send was in flight
    /// keeps Cancelled, gets the message id, has the message's deletion queued (durably, in the same step), and says so.</summary>
    SentResult MarkSent(DeliveryRecord taken, int messageId, DateTime at, string? shownPhoto = null, string? shownPost = null);

    /// <summary>An Edit, Delete, Pin or Unpin was carried out (or found already true, e.g. "message is not modified"): Pending → Sent, and
    /// the post it acted on follows (an edit: what its message now shows; a deletion: deleted). False when it was no longer pending.</summary>
    bool Complete(DeliveryRecord taken, DateTime at, string? shownPhoto = null, string? shownPost = null);

    /// <summary>Counts a failed attempt and sets the next try; false (nothing changed) when the delivery is no longer pending.</summary>
    bool Retry(DeliveryRecord taken, DateTime dueAt, string error);

    /// <summary>Moves a delivery later without counting an attempt (a policy hold); false when it is no longer pending.</summary>
    bool Postpone(DeliveryRecord taken, DateTime dueAt);

    /// <summary>Pending → Failed for good; false when it is no longer pending.</summary>
    bool Fail(DeliveryRecord taken, string error);

    /// <summary>A retraction of an article's channel posts, in one step: pending work on them (posts, edits, pins) becomes Cancelled (never
    /// sent), and a Delete is queued for each post in a chat and not yet deleted (sent, or cancelled while its send was in flight) — once:
    /// a second retraction queues no second deletion. Returns how many were cancelled and the posts being deleted.</summary>
    (int Cancelled, IReadOnlyList<DeliveryRecord> Sent) Retract(long articleId, string reason, DateTime now);

    /// <summary>A post was deleted from its chat: Sent (or cancelled in flight) → Cancelled, with the time.</summary>
    void MarkDeleted(long id, DateTime at);

    /// <summary>Queues an Unpin for every breaking post pinned before <paramref name="pinnedBefore"/> and not unpinned yet (SPEC §4: a breaking
    /// pin stays at most 6 hours). How many were queued.</summary>
    int UnpinOlderThan(DateTime pinnedBefore, DateTime now);
    ChatRecord? GetChat(string id);

    /// <summary>Telegram refused the chat for good: no more sends there; its pending deliveries fail.</summary>
    void DisableChat(string id, string reason, DateTime at);

    /// <summary>A group became a supergroup: its pending deliveries move to the new id.</summary>
    void MoveChat(string from, string to, DateTime at);

    /// <summary>A channel refused the bot: its posts wait, pending, until <see cref="ReleaseChat"/>. True when it was not held before.</summary>
    bool HoldChat(string id, string reason, DateTime at, DateTime nextProbe);

    /// <summary>A held channel takes the bot again: its waiting posts are due now, in their order. How many; null when it was not held.</summary>
    int? ReleaseChat(string id, DateTime now);

    /// <summary>Held channels whose next probe is due.</summary>
    IReadOnlyList<ChatRecord> HeldChats(DateTime dueBy);

    /// <summary>Sets when a held channel is probed next.</summary>
    void ProbeLater(string id, DateTime at);

    /// <summary>Starts a fan-out; false when one with its key was started before.</summary>
    bool StartFanout(FanoutRecord fanout);

    /// <summary>The oldest unfinished fan-out.</summary>
    FanoutRecord? NextFanout();

    /// <summary>Queues one chunk of a fan-out's deliveries and moves its cursor, in one transaction; the last chunk ends the fan-out. How many were new.</summary>
    int QueueFanout(FanoutRecord fanout, IEnumerable<DeliveryRecord> deliveries, long lastReader, bool done);

    /// <summary>Deletes readers' sent, failed or cancelled deliveries created before <paramref name="before"/>; channel posts stay.</summary>
    int PurgeFinished(DateTime before, CancellationToken ct);

    /// <summary>When the last channel post reached <paramref name="chat"/>, if ever.</summary>
    DateTime? LastChannelPostAt(string chat);

    /// <summary>Channel posts still waiting, soonest first.</summary>
    IReadOnlyList<DeliveryRecord> PendingChannelPosts();

    /// <summary>Brings held channel posts due now (after /resume); the channel gate spaces them again. How many.</summary>
    int ReleaseChannelPosts(DateTime now);

    /// <summary>Returns when new deliveries or fan-outs are stored, or after <paramref name="timeout"/>.</summary>
    Task WaitAsync(TimeSpan timeout, CancellationToken ct);
}

internal sealed class LiteOutbox : IOutbox
{
    private readonly LiteStore _store;
    private readonly ILiteCollection<DeliveryRecord> _deliveries;
    private readonly ILiteCollection<FanoutRecord> _fanouts;
    private readonly ILiteCollection<ChatRecord> _chats;

    /// <summary>Deliveries retracted in this process: the check right before a send reads this set, not the file, so it adds no
    /// wait behind a fan-out's write transaction between the pacer's slot and the send. Every retraction goes through this instance.</summary>
    private readonly ConcurrentDictionary<long, byte> _retracted = new();

    public LiteOutbox(LiteStore store)
    {
        _store = store;
        _deliveries = store.DeliveryRows;
        _fanouts = store.FanoutRows;
        _chats = store.ChatRows;
        _deliveries.EnsureIndex(d => d.Key, unique: true);
        _deliveries.EnsureIndex(d => d.State);
        _deliveries.EnsureIndex(d => d.Chat);
        _deliveries.EnsureIndex(d => d.ArticleId);
        _deliveries.EnsureIndex(d => d.Queue);
        _fanouts.EnsureIndex(f => f.Key, unique: true);
    }

    public int Add(IEnumerable<DeliveryRecord> messages)
    {
        var added = _store.Transaction(() => messages.Count(m => !_deliveries.Exists(d => d.Key == m.Key) && LiteStore.TryInsert(_deliveries, m)));
        if (added > 0) _store.OutboxWork.Pulse();
        return added;
    }

    public IReadOnlyList<DeliveryRecord> Due(DateTime now, int limit)
    {
        var due = new List<DeliveryRecord>(limit);
        foreach (var lane in Lanes.InOrder)
        {
            if (due.Count >= limit) break;
            var from = $"{(int)lane} ";
            var to = $"{(int)lane} {now.Ticks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture)}";
            due.AddRange(_deliveries.Find(Query.Between(nameof(DeliveryRecord.Queue), from, to), limit: limit - due.Count)
                .OrderBy(d => d.DueAt).ThenBy(d => d.Id));
        }
        return due;
    }

    public DateTime? NextDue() =>
        Lanes.InOrder.Select(l => _deliveries.FindOne(Query.Between(nameof(DeliveryRecord.Queue), $"{(int)l} ", $"{(int)l}~"))?.DueAt)
            .Where(d => d is not null).Min();

    public DeliveryRecord? Get(long id) => _deliveries.FindById(id);

    public IReadOnlyList<DeliveryRecord> OfArticle(long articleId) => _deliveries.Find(d => d.ArticleId == articleId).ToList();

    public IReadOnlyDictionary<DeliveryState, int> Tally(long articleId)
    {
        var tally = new Dictionary<DeliveryState, int>();
        using var rows = _store.Db.Execute("SELECT { state: @key, count: COUNT(*) } FROM deliveries WHERE ArticleId = @0 GROUP BY State", articleId);
        while (rows.Read())
            if (Enum.TryParse<DeliveryState>(rows.Current["state"].AsString, out var state)) tally[state] = rows.Current["count"].AsInt32;
        return tally;
    }

    public int Count(DeliveryState state) => _deliveries.Count(d => d.State == state);

    public int CountSince(DeliveryState state, DateTime since) => _deliveries.Count(d => d.State == state && d.CreatedAt >= since);

    /// <remarks>Read through the key index (an action's keys share a prefix), not a scan of every reader's delivery.</remarks>
    public int CountDone(DeliveryAction action, DateTime since) =>
        _deliveries.Find(Query.StartsWith(nameof(DeliveryRecord.Key), DeliveryRecord.KeyPrefix(action))).Count(d => d.State == DeliveryState.Sent && d.SentAt >= since);

    public bool IsPending(long id) => !_retracted.ContainsKey(id);

    public SentResult MarkSent(DeliveryRecord taken, int messageId, DateTime at, string? shownPhoto = null, string? shownPost = null)
    {
        // The hot path writes the worker's copy: only a retraction takes a delivery out of Pending while its send is in flight,
        // and every retraction is in _retracted. A retracted one is re-read and keeps Cancelled, with the message id to delete.
        if (_retracted.ContainsKey(taken.Id)) return MarkRetractedSent(taken, messageId, at);
        lock (_store.Write)
        {
            (taken.MessageId, taken.SentAt, taken.ShownPhoto, taken.ShownPost) = (messageId, at, shownPhoto, shownPost);
            taken.State = DeliveryState.Sent;
            taken.Error = null;
            _deliveries.Update(taken);
            return SentResult.Recorded;
        }
    }

    /// <summary>A send that landed after its retraction: it keeps Cancelled, gets the message id, and its message's deletion is queued
    /// in the same transaction, so a crash cannot forget it.</summary>
    private SentResult MarkRetractedSent(DeliveryRecord taken, int messageId, DateTime at)
    {
        _store.Transaction(() =>
        {
            var current = _deliveries.FindById(taken.Id) ?? taken;
            (current.MessageId, current.SentAt) = (messageId, at);
            _deliveries.Upsert(current);
            Copy(current, taken);
            if (current.IsChannelPost) QueueDelete(current, at);
            return true;
        });
        _store.OutboxWork.Pulse();
        return SentResult.Cancelled;
    }

    public bool Complete(DeliveryRecord taken, DateTime at, string? shownPhoto = null, string? shownPost = null)
    {
        lock (_store.Write)
        {
            if (_deliveries.FindById(taken.Id) is not { State: DeliveryState.Pending } current) return false;
            var post = current.Of is { } of ? _deliveries.FindById(of) : null;
            current.State = DeliveryState.Sent;
            current.SentAt = at;
            current.MessageId = post?.MessageId;
            current.Error = null;
            _deliveries.Update(current);
            Copy(current, taken);
            if (post is null) return true;
            if (current.Action == DeliveryAction.Edit) (post.ShownPhoto, post.ShownPost) = (shownPhoto, shownPost);
            if (current.Action == DeliveryAction.Delete && post.MessageId is not null)
            {
                post.State = DeliveryState.Cancelled;
                post.DeletedAt ??= at;
            }
            _deliveries.Update(post);
            return true;
        }
    }

    public bool Retry(DeliveryRecord taken, DateTime dueAt, string error) => ChangePending(taken, d =>
    {
        d.Attempts++;
        d.DueAt = dueAt;
        d.Error = error;
    });

    public bool Postpone(DeliveryRecord taken, DateTime dueAt) => ChangePending(taken, d => d.DueAt = dueAt);

    public bool Fail(DeliveryRecord taken, string error) => ChangePending(taken, d =>
    {
        d.State = DeliveryState.Failed;
        d.Error = error;
    });

    /// <summary>Re-reads the delivery under the write lock and changes it only if it is still pending; the caller's copy follows.</summary>
    private bool ChangePending(DeliveryRecord taken, Action<DeliveryRecord> change)
    {
        lock (_store.Write)
        {
            if (_deliveries.FindById(taken.Id) is not { State: DeliveryState.Pending } current) return false;
            change(current);
            _deliveries.Update(current);
            Copy(current, taken);
            return true;
        }
    }

    private static void Copy(DeliveryRecord from, DeliveryRecord to)
    {
        (to.State, to.DueAt, to.Attempts, to.Error, to.MessageId, to.SentAt) = (from.State, from.DueAt, from.Attempts, from.Error, from.MessageId, from.SentAt);
    }

    public (int Cancelled, IReadOnlyList<DeliveryRecord> Sent) Retract(long articleId, string reason, DateTime now)
    {
        var (cancelled, sent) = _store.Transaction(() =>
        {
            var work = _deliveries.Find(d => d.ArticleId == articleId).Where(d => d.IsChannelPost).ToList();
            var pending = work.Where(d => d.State == DeliveryState.Pending && d.Action != DeliveryAction.Delete).ToList();
            foreach (var d in pending)
            {
                _retracted[d.Id] = 0;
                d.State = DeliveryState.Cancelled;
                d.Error = reason;
                _deliveries.Update(d);
            }
            var inChats = work.Where(d => d is { IsSend: true, MessageId: not null, DeletedAt: null, State: DeliveryState.Sent or DeliveryState.Cancelled }).ToList();
            foreach (var post in inChats) QueueDelete(post, now);
            return (pending.Count(d => d.IsSend), (IReadOnlyList<DeliveryRecord>)inChats);
        });
        if (sent.Count > 0) _store.OutboxWork.Pulse();
        return (cancelled, sent);
    }

    /// <summary>Queues the deletion of a post's message once (its key is unique). Called in a transaction.</summary>
    private void QueueDelete(DeliveryRecord post, DateTime now)
    {
        var key = DeliveryRecord.KeyOf(DeliveryAction.Delete, post.Id);
        if (!_deliveries.Exists(d => d.Key == key)) _deliveries.Insert(DeliveryRecord.On(post, DeliveryAction.Delete, now));
    }

    public int UnpinOlderThan(DateTime pinnedBefore, DateTime now)
    {
        // Pins are rare (breaking news); those of the last week are looked at, each Unpin queued once under its unique key.
        var since = pinnedBefore - TimeSpan.FromDays(7);
        var queued = _store.Transaction(() =>
        {
            var pins = _deliveries.Find(Query.StartsWith(nameof(DeliveryRecord.Key), DeliveryRecord.KeyPrefix(DeliveryAction.Pin)))
                .Where(d => d.State == DeliveryState.Sent && d.SentAt < pinnedBefore && d.SentAt >= since).ToList();
            var count = 0;
            foreach (var pin in pins)
            {
                var key = DeliveryRecord.KeyOf(DeliveryAction.Unpin, pin.Of ?? 0);
                if (_deliveries.Exists(d => d.Key == key) || _deliveries.FindById(pin.Of ?? 0) is not { DeletedAt: null } post) continue;
                _deliveries.Insert(DeliveryRecord.On(post, DeliveryAction.Unpin, now));
                count++;
            }
            return count;
        });
        if (queued > 0) _store.OutboxWork.Pulse();
        return queued;
    }

    public void MarkDeleted(long id, DateTime at)
    {
        lock (_store.Write)
            if (_deliveries.FindById(id) is { MessageId: not null } sent)
            {
                sent.State = DeliveryState.Cancelled;
                sent.DeletedAt = at;
                _deliveries.Update(sent);
            }
    }

    public ChatRecord? GetChat(string id) => _chats.FindById(id);

    public void DisableChat(string id, string reason, DateTime at)
    {
        lock (_store.Write)
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

    public void MoveChat(string from, string to, DateTime at)
    {
        lock (_store.Write)
        {
            _chats.Upsert(new ChatRecord { Id = from, MovedTo = to, Reason = "migrated", ChangedAt = at });
            foreach (var d in _deliveries.Find(d => d.Chat == from && d.State == DeliveryState.Pending).ToList())
            {
                d.Chat = to;
                d.Key = d is { ArticleId: not 0, IsSend: true } ? DeliveryRecord.Post(d.ArticleId, new DeliveryTarget(to, d.Kind, d.Lane, d.Thread), at).Key : d.Key + ">" + to;
                if (!TryUpdate(d)) _deliveries.Delete(d.Id);
            }
        }
        _store.OutboxWork.Pulse();
    }

    public bool HoldChat(string id, string reason, DateTime at, DateTime nextProbe)
    {
        lock (_store.Write)
        {
            var chat = _chats.FindById(id) ?? new ChatRecord { Id = id };
            var fresh = chat.HeldSince is null;
            chat.HeldSince ??= at;
            chat.NextProbeAt = nextProbe;
            chat.Reason = reason;
            chat.ChangedAt = at;
            _chats.Upsert(chat);
            return fresh;
        }
    }

    public int? ReleaseChat(string id, DateTime now)
    {
        int released;
        lock (_store.Write)
        {
            if (_chats.FindById(id) is not { HeldSince: not null } chat) return null;
            chat.HeldSince = null;
            chat.NextProbeAt = null;
            chat.ChangedAt = now;
            _chats.Update(chat);
            var waiting = _deliveries.Find(d => d.Chat == id && d.State == DeliveryState.Pending).ToList();
            foreach (var d in waiting)
            {
                d.DueAt = now;
                _deliveries.Update(d);
            }
            released = waiting.Count;
        }
        _store.OutboxWork.Pulse();
        return released;
    }

    public IReadOnlyList<ChatRecord> HeldChats(DateTime dueBy) =>
        _chats.Find(c => c.HeldSince != null).Where(c => c.NextProbeAt is null || c.NextProbeAt <= dueBy).ToList();

    public void ProbeLater(string id, DateTime at)
    {
        lock (_store.Write)
            if (_chats.FindById(id) is { HeldSince: not null } chat)
            {
                chat.NextProbeAt = at;
                _chats.Update(chat);
            }
    }

    public bool StartFanout(FanoutRecord fanout)
    {
        bool started;
        lock (_store.Write) started = LiteStore.TryInsert(_fanouts, fanout);
        if (started) _store.OutboxWork.Pulse();
        return started;
    }

    public FanoutRecord? NextFanout() => _fanouts.FindOne(Query.All());

    public int QueueFanout(FanoutRecord fanout, IEnumerable<DeliveryRecord> deliveries, long lastReader, bool done)
    {
        var added = _store.Transaction(() =>
        {
            var fresh = deliveries.Where(d => !_deliveries.Exists(x => x.Key == d.Key)).ToList();
            var count = _deliveries.InsertBulk(fresh);
            fanout.AfterReader = lastReader;
            if (done) _fanouts.Delete(fanout.Id);
            else _fanouts.Update(fanout);
            return count;
        });
        if (added > 0) _store.OutboxWork.Pulse();
        return added;
    }

    public int PurgeFinished(DateTime before, CancellationToken ct)
    {
        var purged = 0;
        while (!ct.IsCancellationRequested)
        {
            int deleted;
            lock (_store.Write)
            {
                var ids = _deliveries.Query()
                    .Where(d => d.State != DeliveryState.Pending && d.Lane != Lane.Channel && d.Lane != Lane.Urgent && d.CreatedAt < before)
                    .Select(d => d.Id).Limit(5000).ToList();
                deleted = ids.Count == 0 ? 0 : _deliveries.DeleteMany(Query.In("_id", ids.Select(id => new BsonValue(id))));
            }
            purged += deleted;
            if (deleted == 0) break;
        }
        return purged;
    }

    /// <remarks>Deliveries stored before actions existed have no Action field, so "is a send" is checked on the records read.</remarks>
    public DateTime? LastChannelPostAt(string chat) =>
        _deliveries.Query().Where(d => d.Chat == chat && d.State == DeliveryState.Sent && (d.Lane == Lane.Channel || d.Lane == Lane.Urgent))
            .OrderByDescending(d => d.SentAt).ToEnumerable().FirstOrDefault(d => d.IsSend)?.SentAt;

    public IReadOnlyList<DeliveryRecord> PendingChannelPosts() =>
        _deliveries.Find(Query.Between(nameof(DeliveryRecord.Queue), $"{(int)Lane.Channel} ", $"{(int)Lane.Channel}~")).OrderBy(d => d.DueAt).ToList();

    public int ReleaseChannelPosts(DateTime now)
    {
        int released;
        lock (_store.Write)
        {
            var held = PendingChannelPosts().Where(d => d.DueAt > now).ToList();
            foreach (var d in held)
            {
                d.DueAt = now;
                _deliveries.Update(d);
            }
            released = held.Count;
        }
        _store.OutboxWork.Pulse();
        return released;
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _store.OutboxWork.WaitAsync(timeout, ct);

    private bool TryUpdate(DeliveryRecord delivery)
    {
        try
        {
            return _deliveries.Update(delivery);
        }
        catch (LiteException e) when (e.ErrorCode == LiteStore.DuplicateKey)
        {
            return false;
        }
    }
}
