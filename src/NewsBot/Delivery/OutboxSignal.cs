namespace NewsBot.Delivery;

/// <summary>Wakes the delivery worker when new deliveries are stored, so it need not poll the outbox.</summary>
public sealed class OutboxSignal(TimeProvider time)
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
