using System.Text;

namespace NewsBot.Playground;

public sealed partial class FakeBotApi
{
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Waits until at least <paramref name="count"/> messages were accepted; on timeout the exception lists what happened.</summary>
    public Task WaitForSentAsync(int count, TimeSpan timeout) =>
        WaitUntilAsync(() => _sent.Count >= count, timeout, $"at least {count} accepted message(s)");

    /// <summary>Waits until <paramref name="method"/> was called at least <paramref name="count"/> times (answered or not).</summary>
    public Task WaitForCallsAsync(string method, int count, TimeSpan timeout) =>
        WaitUntilAsync(() => _calls.Count(c => c.Method.Equals(method, StringComparison.OrdinalIgnoreCase)) >= count,
            timeout, $"at least {count} call(s) to {method}");

    /// <summary>Waits until a getUpdates long poll is parked on the server (so an enqueued update proves the poll wakes).</summary>
    public Task WaitForPollAsync(TimeSpan timeout) =>
        WaitUntilAsync(() => _currentPoll is not null, timeout, "a parked getUpdates long poll");

    private async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (condition()) return;
                changed = _changed.Task;
            }
            try { await changed.WaitAsync(cts.Token); }
            catch (OperationCanceledException) { throw new TimeoutException(Describe(what, timeout)); }
        }
    }

    /// <summary>Wakes every waiter to re-check its condition (after a call, an answer or a new message).</summary>
    private void Pulse()
    {
        TaskCompletionSource old;
        lock (_gate) (old, _changed) = (_changed, new(TaskCreationOptions.RunContinuationsAsynchronously));
        old.TrySetResult();
    }

    private string Describe(string what, TimeSpan timeout)
    {
        var text = new StringBuilder($"Fake Bot API: expected {what} within {timeout.TotalSeconds:0.##}s.");
        var sent = Sent;
        text.Append($"\nAccepted {sent.Count} message(s):");
        foreach (var m in sent) text.Append($"\n  #{m.MessageId} {m.Method} to {m.ChatId}: {Shorten(m.Body)}");
        var calls = Calls;
        text.Append($"\nLast calls (of {calls.Count}):");
        foreach (var c in calls.TakeLast(15)) text.Append($"\n  {c.Method} -> {c.Status?.ToString() ?? "pending"} {c.Description} {Shorten(c.Json)}");
        return text.ToString();
    }

    private static string Shorten(string s) => s.Length <= 120 ? s : s[..117] + "...";
}
