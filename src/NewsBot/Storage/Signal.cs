namespace NewsBot.Storage;

/// <summary>Wakes a waiting worker when the store has new work for it, so it need not poll (what LISTEN/NOTIFY would be in PostgreSQL).</summary>
public sealed class Signal(TimeProvider time)
{
    private readonly SemaphoreSlim _pulses = new(0, 1);

    public void Pulse()
    {
        try { _pulses.Release(); }
        catch (SemaphoreFullException) { }
    }

    /// <summary>Returns at a pulse or when <paramref name="timeout"/> has passed.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await Task.WhenAny(Task.Delay(timeout, time, stop.Token), _pulses.WaitAsync(stop.Token));
        stop.Cancel();
        ct.ThrowIfCancellationRequested();
    }
}
