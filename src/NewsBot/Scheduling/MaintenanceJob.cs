using Microsoft.Extensions.Logging;
using NewsBot.Storage;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>Hourly upkeep on the shared scheduler: subscribers' finished deliveries older than a week are purged, so a
/// large readership does not grow the database by one record per reader per article for ever. Channel posts are kept (/delete needs them).</summary>
[DisallowConcurrentExecution]
public sealed class MaintenanceJob(IOutbox outbox, TimeProvider time, ILogger<MaintenanceJob> log) : IJob
{
    public static readonly JobKey Key = new("maintenance", "upkeep");
    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        try
        {
            var purged = outbox.PurgeFinished(time.GetUtcNow().UtcDateTime - Retention, ct);
            if (purged > 0) log.LogInformation("Maintenance: purged {Count} subscribers' deliveries older than {Days} days", purged, Retention.TotalDays);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Maintenance failed; it runs again in an hour");
        }
        return ValueTask.CompletedTask;
    }
}
