using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Ingest;
using NewsBot.Storage;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>The Quartz job of one feed (configured, or added by an editor): one poll pass. Never two passes of the same feed at once.</summary>
[DisallowConcurrentExecution]
public sealed class FeedPollJob(FeedPoller poller, IOptions<FeedsOptions> feeds, INewsroom newsroom, ILogger<FeedPollJob> log) : IJob
{
    public const string UrlKey = "url";

    public static JobKey KeyFor(string feedUrl) => new(feedUrl, "feeds");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var url = context.MergedJobDataMap.GetString(UrlKey);
        var feed = feeds.Value.Items.FirstOrDefault(f => f.Url == url)
            ?? (newsroom.GetSource(url ?? "") is { } source ? FeedOptions.Added(source.Url, source.Name) : null);
        if (feed is null) return;
        try
        {
            await poller.PollAsync(feed, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            log.LogError(e, "Feed {FeedUrl}: the poll pass failed unexpectedly", url);
        }
    }
}
