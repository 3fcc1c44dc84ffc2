using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Storage;
using NewsBot.Delivery;

namespace NewsBot.Tests.Delivery;

public class PacerTests
{
    /// <summary>Test limits with round numbers: 20/s overall (one send per 50 ms), 20/min per group, 1/s per private chat.</summary>
    static readonly PacerLimits Limits = new(20, 20, TimeSpan.FromSeconds(1));
    static readonly TimeSpan Global = TimeSpan.FromMilliseconds(50);
    static readonly TimeSpan Tick = TimeSpan.FromTicks(1);
    readonly FakeTimeProvider _time = new();

    Pacer NewPacer(PacerLimits? limits = null) => new(_time, limits ?? Limits);

    static List<Task> Sends(Pacer pacer, int count, Func<int, string> chat, ChatKind kind = ChatKind.Private) =>
        [.. Enumerable.Range(0, count).Select(i => pacer.WaitTurnAsync(chat(i), kind, CancellationToken.None))];

    static int Completed(IEnumerable<Task> sends) => sends.Count(s => s.IsCompletedSuccessfully);

    /// <summary>
    /// Advances fake time as real timers would see it: in steps of at most a millisecond (a fake Advance fires timers
    /// at the end time, not at their due time), and without xunit's SynchronizationContext, so awaits inside the pacer
    /// continue inline and every send due by then has completed when this returns.
    /// </summary>
    void Advance(TimeSpan by) => WithoutContext(() =>
    {
        for (var step = TimeSpan.FromMilliseconds(1); by > TimeSpan.Zero; by -= step)
            _time.Advance(by < step ? by : step);
    });

    static void WithoutContext(Action action)
    {
        var saved = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try { action(); }
        finally { SynchronizationContext.SetSynchronizationContext(saved); }
    }

    [Fact]
    public void The_first_send_to_a_chat_goes_at_once() =>
        Assert.True(NewPacer().WaitTurnAsync("chat", ChatKind.Group, CancellationToken.None).IsCompletedSuccessfully);

    [Fact]
    public void Sends_to_different_chats_are_spaced_by_the_global_rate()
    {
        var sends = Sends(NewPacer(), 5, i => $"chat{i}");

        Assert.Equal(1, Completed(sends));
        for (var i = 2; i <= 5; i++)
        {
            Advance(Global - Tick);
            Assert.Equal(i - 1, Completed(sends));
            Advance(Tick);
            Assert.Equal(i, Completed(sends));
        }
    }

    [Fact]
    public void No_one_second_window_holds_more_than_Telegrams_thirty()
    {
        var sends = Sends(NewPacer(new PacerLimits(30, 20, TimeSpan.FromSeconds(1))), 61, i => $"chat{i}");

        Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(30, Completed(sends));
        Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(60, Completed(sends));
        Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(61, Completed(sends));
    }

    [Fact]
    public void A_group_gets_twenty_sends_a_minute_three_seconds_apart()
    {
        var sends = Sends(NewPacer(), 21, _ => "group", ChatKind.Group);

        Assert.Equal(1, Completed(sends));
        Advance(TimeSpan.FromSeconds(3) - Tick);
        Assert.Equal(1, Completed(sends));
        Advance(Tick);
        Assert.Equal(2, Completed(sends));
        Advance(TimeSpan.FromSeconds(57) - Tick);
        Assert.Equal(20, Completed(sends));
        Advance(Tick);
        Assert.Equal(21, Completed(sends));
    }

    [Fact]
    public void A_private_chat_gets_one_send_a_second()
    {
        var sends = Sends(NewPacer(), 3, _ => "user");

        Advance(TimeSpan.FromSeconds(1) - Tick);
        Assert.Equal(1, Completed(sends));
        Advance(Tick);
        Assert.Equal(2, Completed(sends));
        Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(3, Completed(sends));
    }

    [Fact]
    public void Two_groups_interleave_each_at_its_own_pace_and_together_at_the_global_one()
    {
        var pacer = NewPacer();
        var a = new List<Task>();
        var b = new List<Task>();
        for (var i = 0; i < 3; i++)
        {
            a.Add(pacer.WaitTurnAsync("a", ChatKind.Group, CancellationToken.None));
            b.Add(pacer.WaitTurnAsync("b", ChatKind.Group, CancellationToken.None));
        }

        Assert.Equal((1, 0), (Completed(a), Completed(b)));
        Advance(Global);
        Assert.Equal((1, 1), (Completed(a), Completed(b)));
        Advance(TimeSpan.FromSeconds(3) - Global);
        Assert.Equal((2, 1), (Completed(a), Completed(b)));
        Advance(Global);
        Assert.Equal((2, 2), (Completed(a), Completed(b)));
        Advance(TimeSpan.FromSeconds(3) - Global);
        Assert.Equal((3, 2), (Completed(a), Completed(b)));
        Advance(Global);
        Assert.Equal((3, 3), (Completed(a), Completed(b)));
    }

    [Fact]
    public void A_chat_waiting_on_its_own_limit_does_not_hold_up_other_chats()
    {
        var pacer = NewPacer();
        var busy = Sends(pacer, 20, _ => "busy", ChatKind.Group);

        var others = Sends(pacer, 3, i => $"other{i}");

        Advance(3 * Global);
        Assert.Equal((1, 3), (Completed(busy), Completed(others)));
    }

    [Fact]
    public void A_later_send_fills_the_global_gap_before_a_chat_waiting_on_its_own_limit()
    {
        var pacer = NewPacer();
        var user = Sends(pacer, 2, _ => "user");
        var other = Sends(pacer, 1, _ => "other");

        Advance(Global);
        Assert.Equal((1, 1), (Completed(user), Completed(other)));
        Advance(TimeSpan.FromSeconds(1) - Global);
        Assert.Equal(2, Completed(user));
    }

    [Fact]
    public void Hold_delays_only_that_chat()
    {
        var pacer = NewPacer();
        pacer.Hold("held", TimeSpan.FromSeconds(10));

        var held = pacer.WaitTurnAsync("held", ChatKind.Private, CancellationToken.None);
        var free = pacer.WaitTurnAsync("free", ChatKind.Private, CancellationToken.None);

        Assert.True(free.IsCompletedSuccessfully);
        Advance(TimeSpan.FromSeconds(10) - Tick);
        Assert.False(held.IsCompleted);
        Advance(Tick);
        Assert.True(held.IsCompletedSuccessfully);
    }

    [Fact]
    public void Hold_for_everyone_delays_every_chat()
    {
        var pacer = NewPacer();
        pacer.Hold("any", TimeSpan.FromSeconds(5), everyone: true);

        var sends = Sends(pacer, 3, i => $"chat{i}", ChatKind.Group);

        Advance(TimeSpan.FromSeconds(5) - Tick);
        Assert.Equal(0, Completed(sends));
        Advance(Tick);
        Assert.Equal(1, Completed(sends));
        Advance(2 * Global);
        Assert.Equal(3, Completed(sends));
    }

    [Fact]
    public void A_hold_placed_while_waiting_makes_the_waiter_wait_past_it()
    {
        var pacer = NewPacer();
        var sends = Sends(pacer, 2, _ => "user");

        Advance(TimeSpan.FromMilliseconds(500));
        pacer.Hold("user", TimeSpan.FromSeconds(5));
        Advance(TimeSpan.FromSeconds(5) - Tick);
        Assert.Equal(1, Completed(sends));
        Advance(Tick);
        Assert.Equal(2, Completed(sends));
    }

    [Fact]
    public void A_hold_for_everyone_placed_while_waiting_stops_already_reserved_sends()
    {
        var pacer = NewPacer();
        var sends = Sends(pacer, 20, i => $"chat{i}");

        Advance(3 * Global);
        pacer.Hold("chat0", TimeSpan.FromSeconds(2), everyone: true);
        Advance(TimeSpan.FromSeconds(2) - Tick);
        Assert.Equal(4, Completed(sends));
        Advance(Tick);
        Assert.Equal(5, Completed(sends));
        Advance(15 * Global);
        Assert.Equal(20, Completed(sends));
    }

    [Fact]
    public void A_wild_retry_after_is_capped_at_a_day()
    {
        var pacer = NewPacer();
        pacer.Hold("user", TimeSpan.MaxValue);

        var send = pacer.WaitTurnAsync("user", ChatKind.Private, CancellationToken.None);

        _time.Advance(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(1));
        Advance(TimeSpan.FromMinutes(1) - Tick);
        Assert.False(send.IsCompleted);
        Advance(Tick);
        Assert.True(send.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Cancelling_a_waiting_send_throws_at_once()
    {
        var pacer = NewPacer();
        _ = pacer.WaitTurnAsync("user", ChatKind.Private, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = pacer.WaitTurnAsync("user", ChatKind.Private, cancel.Token);

        cancel.Cancel();

        // Fake time stands still: only the cancellation can end the wait (the bound only keeps a bug from hanging the run).
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(waiting.IsCanceled);
    }

    [Fact]
    public async Task An_already_cancelled_token_throws_without_reserving()
    {
        var pacer = NewPacer();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pacer.WaitTurnAsync("user", ChatKind.Private, new CancellationToken(true)));
        Assert.True(pacer.WaitTurnAsync("user", ChatKind.Private, CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public void Lifted_limits_never_wait() =>
        Assert.Equal(1000, Completed(Sends(NewPacer(new PacerLimits(0, 0, TimeSpan.Zero)), 1000, i => $"chat{i % 3}", ChatKind.Group)));

    [Fact]
    public void Concurrent_reservations_get_distinct_evenly_spaced_slots()
    {
        var pacer = NewPacer(new PacerLimits(1000, 20, TimeSpan.FromSeconds(1)));
        var delays = new ConcurrentBag<TimeSpan>();

        Parallel.For(0, 8000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => delays.Add(pacer.Reserve($"chat{i}", ChatKind.Private)));

        Assert.Equal(Enumerable.Range(0, 8000).Select(i => TimeSpan.FromMilliseconds(i)), delays.Order());
    }

    [Fact]
    public void Chats_whose_turn_has_passed_are_forgotten()
    {
        var pacer = NewPacer(new PacerLimits(0, 20, TimeSpan.FromSeconds(1)));
        Assert.Equal(100_000, Completed(Sends(pacer, 100_000, i => $"user{i}")));
        Assert.Equal(100_000, pacer.TrackedChats);

        Advance(TimeSpan.FromMinutes(1));
        _ = pacer.WaitTurnAsync("late", ChatKind.Private, CancellationToken.None);

        Assert.Equal(1, pacer.TrackedChats);
    }

    [Fact]
    public void A_steady_stream_over_many_chats_stays_bounded()
    {
        var pacer = NewPacer();
        var most = 0;
        for (var i = 0; i < 100_000; i++)
        {
            Assert.True(pacer.WaitTurnAsync($"user{i}", ChatKind.Private, CancellationToken.None).IsCompletedSuccessfully);
            _time.Advance(Global);
            most = Math.Max(most, pacer.TrackedChats);
        }

        Assert.InRange(most, 20, 1024);
    }

    [Fact]
    public void Forgetting_keeps_chats_still_on_hold()
    {
        var pacer = NewPacer();
        pacer.Hold("held", TimeSpan.FromMinutes(10));
        for (var i = 0; i < 5000; i++)
        {
            Assert.True(pacer.WaitTurnAsync($"user{i}", ChatKind.Private, CancellationToken.None).IsCompletedSuccessfully);
            _time.Advance(Global);
        }

        var held = pacer.WaitTurnAsync("held", ChatKind.Private, CancellationToken.None);

        Assert.False(held.IsCompleted);
        Advance(TimeSpan.FromMinutes(10) - 5000 * Global);
        Assert.True(held.IsCompletedSuccessfully);
    }
}
