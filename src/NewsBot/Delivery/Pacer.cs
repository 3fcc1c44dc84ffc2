using System.Runtime.InteropServices;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>Telegram's flood limits: overall messages per second, per group/channel per minute, per private chat.</summary>
/// <remarks>A rate ≤ 0 (or a non-positive interval) lifts that limit, e.g. for benchmarks against a fake Bot API.</remarks>
/// <param name="Margin">Extra spacing as a fraction (0.02 = 2 %), so network jitter cannot push a window over Telegram's count.</param>
public sealed record PacerLimits(int MessagesPerSecond, int MessagesPerMinutePerGroup, TimeSpan PrivateChatInterval, double Margin = 0);

/// <summary>Paces sends under Telegram's flood limits; thread-safe, time only through <see cref="TimeProvider"/>.</summary>
/// <remarks>
/// A reservation scheduler: each call takes, under one short lock, the earliest time its chat allows, then the first
/// free global slot from then on, and waits for it. Spacing is strict, no bursts: the Bot API FAQ asks to spread sends
/// (about 30/s overall, 20/min per group or channel, 1/s per private chat).
/// </remarks>
public sealed class Pacer(TimeProvider time, PacerLimits limits)
{
    /// <summary>Passed entries are swept at least this often, and whenever their count doubles.</summary>
    static readonly long SweepEvery = TimeSpan.FromMinutes(1).Ticks;
    const int LeastSweepCount = 1024;

    /// <summary>Caps a retry_after so a wild value cannot overflow the clock arithmetic.</summary>
    static readonly long LongestHold = TimeSpan.FromDays(1).Ticks;

    readonly long _origin = time.GetTimestamp();
    readonly long _groupSpacing = Widen(Spacing(TimeSpan.FromMinutes(1), limits.MessagesPerMinutePerGroup), limits.Margin);
    readonly long _privateSpacing = Widen(Math.Max(0, limits.PrivateChatInterval.Ticks), limits.Margin);
    readonly GlobalSlots _global = new(Widen(Spacing(TimeSpan.FromSeconds(1), limits.MessagesPerSecond), limits.Margin));
    readonly Lock _gate = new();
    readonly Dictionary<string, Turn> _chats = new(StringComparer.Ordinal);
    long _globalHold, _nextSweep = SweepEvery;
    int _sweepAt = LeastSweepCount;

    /// <summary>A chat's earliest next send and the end of its 429 hold, in ticks since the pacer started.</summary>
    record struct Turn(long Next, long Hold);

    /// <summary>How many chats the pacer remembers: those with a future turn, plus passed ones not yet swept.</summary>
    internal int TrackedChats { get { lock (_gate) return _chats.Count; } }

    /// <summary>Waits until a send to <paramref name="chat"/> is allowed and reserves that slot.</summary>
    /// <remarks>A <see cref="Hold"/> placed while waiting makes the call wait again, for a slot after the hold.</remarks>
    public async Task WaitTurnAsync(string chat, ChatKind kind, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ct.ThrowIfCancellationRequested();
        for (var delay = Reserve(chat, kind); delay > TimeSpan.Zero; delay = Reserve(chat, kind))
        {
            await Task.Delay(WholeMilliseconds(delay), time, ct).ConfigureAwait(false);
            if (!IsHeld(chat)) return;
        }
    }

    /// <summary>A 429 with retry_after: no send to <paramref name="chat"/> (or to anyone, when <paramref name="everyone"/>) before it passes.</summary>
    public void Hold(string chat, TimeSpan retryAfter, bool everyone = false)
    {
        ArgumentNullException.ThrowIfNull(chat);
        lock (_gate)
        {
            var until = Now() + Math.Clamp(retryAfter.Ticks, 0, LongestHold);
            if (everyone)
            {
                _globalHold = Math.Max(_globalHold, until);
                _global.Block(until);
                return;
            }
            ref var turn = ref CollectionsMarshal.GetValueRefOrAddDefault(_chats, chat, out _);
            turn = new Turn(Math.Max(turn.Next, until), Math.Max(turn.Hold, until));
        }
    }

    /// <summary>Takes the earliest slot allowed for <paramref name="chat"/> and globally; returns how long until it.</summary>
    internal TimeSpan Reserve(string chat, ChatKind kind)
    {
        lock (_gate)
        {
            var now = Now();
            SweepIfDue(now);
            ref var turn = ref CollectionsMarshal.GetValueRefOrAddDefault(_chats, chat, out _);
            var slot = _global.Take(Math.Max(Math.Max(now, turn.Next), _globalHold), now);
            turn.Next = slot + (kind == ChatKind.Group ? _groupSpacing : _privateSpacing);
            return TimeSpan.FromTicks(slot - now);
        }
    }

    bool IsHeld(string chat)
    {
        lock (_gate)
        {
            var now = Now();
            return now < _globalHold || (_chats.TryGetValue(chat, out var turn) && now < turn.Hold);
        }
    }

    /// <summary>Forgets chats whose turn has passed (they behave exactly as unknown chats), keeping memory bounded.</summary>
    void SweepIfDue(long now)
    {
        if (_chats.Count < _sweepAt && now < _nextSweep) return;
        foreach (var (chat, turn) in _chats)
            if (turn.Next <= now) _chats.Remove(chat);
        if (_chats.Capacity > 4 * LeastSweepCount && _chats.Count < _chats.Capacity / 4) _chats.TrimExcess();
        _global.Forget(now);
        _sweepAt = Math.Max(LeastSweepCount, 2 * _chats.Count);
        _nextSweep = now + SweepEvery;
    }

    long Now() => time.GetElapsedTime(_origin).Ticks;

    /// <summary>Ticks between sends for <paramref name="count"/> per <paramref name="period"/>, rounded up so a window never holds more.</summary>
    static long Spacing(TimeSpan period, int count) => count <= 0 ? 0 : (period.Ticks + count - 1) / count;

    static long Widen(long spacing, double margin) => spacing + (long)(spacing * margin);

    /// <summary>Timers count whole milliseconds and truncate; rounding up keeps a send from leaving before its slot.</summary>
    static TimeSpan WholeMilliseconds(TimeSpan delay) =>
        TimeSpan.FromTicks((delay.Ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond);

    /// <summary>
    /// The global calendar: time cut into slots one global spacing long, at most one send per slot. Slots up to the
    /// frontier are dense; a chat waiting on its own limit takes a later slot without moving the frontier, so other
    /// chats still fill the gap before it. Not thread-safe: used under the pacer's lock.
    /// </summary>
    sealed class GlobalSlots(long spacing)
    {
        long _frontier;
        readonly HashSet<long> _ahead = [];

        /// <summary>Takes the first free slot at or after <paramref name="earliest"/>; returns its time.</summary>
        public long Take(long earliest, long now)
        {
            if (spacing == 0) return earliest;
            _frontier = Math.Max(_frontier, Index(now));
            var slot = Index(earliest);
            if (slot <= _frontier)
            {
                for (slot = _frontier; _ahead.Remove(slot); slot++) { }
                _frontier = slot + 1;
            }
            else
                while (!_ahead.Add(slot)) slot++;
            return slot * spacing;
        }

        /// <summary>No send before <paramref name="until"/>: the slots up to it count as taken.</summary>
        public void Block(long until)
        {
            if (spacing > 0) _frontier = Math.Max(_frontier, Index(until));
        }

        /// <summary>Drops taken slots that have passed.</summary>
        public void Forget(long now)
        {
            if (spacing == 0) return;
            var passed = Index(now);
            _ahead.RemoveWhere(slot => slot < passed);
        }

        long Index(long ticks) => (ticks + spacing - 1) / spacing;
    }
}
