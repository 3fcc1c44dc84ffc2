using Microsoft.Extensions.Logging;
using NewsBot.Delivery;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>The Quartz job that asks held channels (those that refused the bot) whether they take it again, every minute.</summary>
[DisallowConcurrentExecution]
public sealed class ChannelProbeJob(ChannelProbe probe, ILogger<ChannelProbeJob> log) : IJob
{
    public static readonly JobKey Key = new("channel-probe", "delivery");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        try
        {
            await probe.RunAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogError(e, "Probing held channels failed; the next minute tries again");
        }
    }
}
