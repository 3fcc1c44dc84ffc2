using Microsoft.Extensions.Logging;
using NewsBot.Delivery;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>The Quartz job that runs the digest sweep once a minute.</summary>
[DisallowConcurrentExecution]
public sealed class DigestSweepJob(DigestSweep sweep, ILogger<DigestSweepJob> log) : IJob
{
    public static readonly JobKey Key = new("digest-sweep", "readers");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        try
        {
            sweep.Run();
        }
        catch (Exception e)
        {
            log.LogError(e, "The digest sweep failed; the next minute's sweep catches up");
        }
        return ValueTask.CompletedTask;
    }
}
