using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Storage;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// Every Quartz trigger of the service, registered here and nowhere else: one job per feed (configured, or added by an editor) at its
/// PollInterval, a one-shot trigger per pending scheduled post, the digest sweep and the held channels' probe every minute, and the hourly upkeep. LiteDB holds
/// the truth; at every start the triggers are registered again from it.
/// </summary>
public sealed class Triggers(ISchedulerFactory quartz, INewsroom newsroom, IOptions<FeedsOptions> feeds, TimeProvider time, ILogger<Triggers> log)
{
    /// <summary>Registers every trigger (at start, before the scheduler runs).</summary>
    public async Task RegisterAllAsync(CancellationToken ct)
    {
        foreach (var feed in feeds.Value.Items) await PollAsync(feed, ct);
        var added = newsroom.Sources().Where(s => feeds.Value.Items.All(f => f.Url != s.Url)).ToList();
        foreach (var source in added) await PollAsync(FeedOptions.Added(source.Url, source.Name), ct);
        var pending = newsroom.PendingSchedules();
        foreach (var schedule in pending) await FireAtAsync(schedule, ct);
        await RepeatAsync<DigestSweepJob>(DigestSweepJob.Key, TimeSpan.FromMinutes(1), TimeSpan.Zero, ct);
        await RepeatAsync<ChannelProbeJob>(ChannelProbeJob.Key, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), ct);
        await RepeatAsync<MaintenanceJob>(MaintenanceJob.Key, TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), ct);
        log.LogInformation("Scheduled {Feeds} feeds ({Added} added by editors) and {Posts} pending posts", feeds.Value.Items.Count + added.Count, added.Count, pending.Count);
    }

    /// <summary>Polls a feed every PollInterval from now on (replacing its earlier trigger).</summary>
    public async Task PollAsync(FeedOptions feed, CancellationToken ct)
    {
        var job = JobBuilder.Create<FeedPollJob>().WithIdentity(FeedPollJob.KeyFor(feed.Url)).UsingJobData(FeedPollJob.UrlKey, feed.Url).Build();
        var trigger = TriggerBuilder.Create().ForJob(job).StartNow().WithSimpleSchedule(s => s.WithInterval(feed.PollInterval).RepeatForever()).Build();
        await ReplaceAsync(job, trigger, ct);
    }

    public async Task StopPollingAsync(string feedUrl, CancellationToken ct) =>
        await (await quartz.GetScheduler(ct)).DeleteJob(FeedPollJob.KeyFor(feedUrl), ct);

    /// <summary>A one-shot trigger at the schedule's time, or now when that has passed (a late start still publishes).</summary>
    public async Task FireAtAsync(ScheduleRecord schedule, CancellationToken ct)
    {
        var job = JobBuilder.Create<ScheduledPostJob>().WithIdentity(ScheduledPostJob.KeyFor(schedule.Id)).UsingJobData(ScheduledPostJob.IdKey, schedule.Id).Build();
        var now = time.GetUtcNow().UtcDateTime;
        // A one-shot simple trigger's default misfire policy fires it now.
        var trigger = TriggerBuilder.Create().ForJob(job).StartAt(new DateTimeOffset(schedule.DueAt > now ? schedule.DueAt : now, TimeSpan.Zero)).Build();
        await ReplaceAsync(job, trigger, ct);
    }

    public async Task UnscheduleAsync(long scheduleId, CancellationToken ct) =>
        await (await quartz.GetScheduler(ct)).DeleteJob(ScheduledPostJob.KeyFor(scheduleId), ct);

    private async Task RepeatAsync<TJob>(JobKey key, TimeSpan every, TimeSpan delay, CancellationToken ct) where TJob : IJob
    {
        var job = JobBuilder.Create<TJob>().WithIdentity(key).Build();
        var trigger = TriggerBuilder.Create().ForJob(job).StartAt(time.GetUtcNow() + delay)
            .WithSimpleSchedule(s => s.WithInterval(every).RepeatForever()).Build();
        await ReplaceAsync(job, trigger, ct);
    }

    private async Task ReplaceAsync(IJobDetail job, ITrigger trigger, CancellationToken ct)
    {
        var scheduler = await quartz.GetScheduler(ct);
        await scheduler.DeleteJob(job.Key, ct);
        await scheduler.ScheduleJob(job, trigger, cancellationToken: ct);
    }
}
