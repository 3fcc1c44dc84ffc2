using Microsoft.Extensions.Logging;
using NewsBot.Publication;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>The Quartz job of one scheduled post: fires it (exactly once; the store guards a second fire).</summary>
public sealed class ScheduledPostJob(ScheduledPosts schedules, ILogger<ScheduledPostJob> log) : IJob
{
    public const string IdKey = "schedule";

    public static JobKey KeyFor(long scheduleId) => new(scheduleId.ToString(System.Globalization.CultureInfo.InvariantCulture), "posts");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var id = context.MergedJobDataMap.GetLong(IdKey);
        try
        {
            schedules.Fire(id);
        }
        catch (Exception e)
        {
            log.LogError(e, "Scheduled post {ScheduleId} could not be published; it stays pending until the next start", id);
        }
        return ValueTask.CompletedTask;
    }
}
