using Microsoft.Extensions.Logging;
using NewsBot.Storage;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>Every five minutes: breaking posts pinned over <see cref="PinFor"/> ago are unpinned (SPEC §4: pinned until the next breaking
/// post or 6 hours), through the outbox like every other call to Telegram.</summary>
[DisallowConcurrentExecution]
public sealed class BreakingPinJob(IOutbox outbox, TimeProvider time, ILogger<BreakingPinJob> log) : IJob
{
    public static readonly JobKey Key = new("breaking-pins", "delivery");
    public static readonly TimeSpan PinFor = TimeSpan.FromHours(6);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            var unpins = outbox.UnpinOlderThan(now - PinFor, now);
            if (unpins > 0) log.LogInformation("{Count} breaking post(s) pinned for {Hours} hours are unpinned", unpins, PinFor.TotalHours);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Unpinning old breaking posts failed; it runs again in 5 minutes");
        }
        return ValueTask.CompletedTask;
    }
}
