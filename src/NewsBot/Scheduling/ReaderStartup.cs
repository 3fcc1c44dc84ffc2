using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Storage;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>At start: the configured feeds' names become sections, and the digest sweep is scheduled every minute (at run time, through the scheduler factory).</summary>
public sealed class ReaderStartup(NewsStore store, IOptions<FeedsOptions> feeds, ISchedulerFactory schedulers) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        foreach (var name in feeds.Value.Items.Select(f => f.Name).OfType<string>().Where(n => n.Trim().Length > 0))
            store.AddSection(name);
        var scheduler = await schedulers.GetScheduler(ct);
        if (await scheduler.Exists(DigestSweepJob.Key, ct)) return;
        var job = JobBuilder.Create<DigestSweepJob>().WithIdentity(DigestSweepJob.Key).Build();
        var trigger = TriggerBuilder.Create().ForJob(job).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()).Build();
        await scheduler.ScheduleJob(job, trigger, default, ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
