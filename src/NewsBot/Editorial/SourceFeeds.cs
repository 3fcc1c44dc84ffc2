using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Scheduling;
using NewsBot.Storage;
using Quartz;

namespace NewsBot.Editorial;

/// <summary>Feeds added by editors: stored in LiteDB, polled by the same Quartz job as configured feeds, registered again at every start.</summary>
public sealed class SourceFeeds(ISchedulerFactory quartz, NewsStore store, IOptions<FeedsOptions> feeds, ILogger<SourceFeeds> log)
{
    public IReadOnlyList<FeedOptions> Configured => feeds.Value.Items;

    /// <summary>True when the URL is a configured feed or an added source already.</summary>
    public bool IsKnown(string url) => Configured.Any(f => f.Url == url) || store.GetSource(url) is not null;

    /// <summary>The feed options an added source is polled with: the defaults (Auto, every 5 minutes, Telegram:Channels).</summary>
    public static FeedOptions OptionsOf(SourceRecord source) => new() { Url = source.Url, Name = source.Name };

    public async Task RegisterAsync(SourceRecord source, CancellationToken ct)
    {
        var scheduler = await quartz.GetScheduler(ct);
        var key = FeedPollJob.KeyFor(source.Url);
        var job = JobBuilder.Create<FeedPollJob>().WithIdentity(key).UsingJobData(FeedPollJob.UrlKey, source.Url).Build();
        var trigger = TriggerBuilder.Create().ForJob(job).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(OptionsOf(source).PollInterval).RepeatForever()).Build();
        await scheduler.DeleteJob(job.Key, ct);
        await scheduler.ScheduleJob(job, trigger, cancellationToken: ct);
    }

    public async Task UnregisterAsync(SourceRecord source, CancellationToken ct) =>
        await (await quartz.GetScheduler(ct)).DeleteJob(FeedPollJob.KeyFor(source.Url), ct);

    /// <summary>Registers every stored source's polling (at start).</summary>
    public async Task RestoreAsync(CancellationToken ct)
    {
        var sources = store.Sources().Where(s => Configured.All(f => f.Url != s.Url)).ToList();
        foreach (var source in sources) await RegisterAsync(source, ct);
        if (sources.Count > 0) log.LogInformation("Polling {Count} feeds added by editors", sources.Count);
    }
}
