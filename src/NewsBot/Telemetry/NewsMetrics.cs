using System.Diagnostics.Metrics;

namespace NewsBot.Telemetry;

/// <summary>The service's counters, added to where each event happens; /metrics exports them as Prometheus text (SPEC §5a).</summary>
/// <remarks>OpenTelemetry's Prometheus exporter writes "newsbot.deliveries.sent" as newsbot_deliveries_sent_total. Static, like the
/// runtime's own meters: a counter is process-wide, and every caller, however it was built, counts into the same one.</remarks>
public static class NewsMetrics
{
    /// <summary>The meter every NewsBot instrument belongs to, the one /metrics listens to.</summary>
    public const string MeterName = "NewsBot";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> ArticlesPublished =
        Meter.CreateCounter<long>("newsbot.articles.published", description: "Articles published: stored with their channel deliveries and readers' fan-out");

    private static readonly Counter<long> DeliveriesSent =
        Meter.CreateCounter<long>("newsbot.deliveries.sent", description: "Deliveries Telegram accepted, by outbox lane");

    private static readonly Counter<long> DeliveriesFailed =
        Meter.CreateCounter<long>("newsbot.deliveries.failed", description: "Deliveries given up for good, by outbox lane");

    private static readonly Counter<long> TelegramFlooded =
        Meter.CreateCounter<long>("newsbot.telegram.429", description: "Bot API answers 429 Too Many Requests");

    private static readonly Counter<long> FeedPolls =
        Meter.CreateCounter<long>("newsbot.feed.polls", description: "Feed passes started, by feed URL");

    private static readonly Counter<long> FeedPollFailures =
        Meter.CreateCounter<long>("newsbot.feed.poll.failures", description: "Feed passes that failed (fetch, format or storage), by feed URL");

    /// <summary>Every series starts at 0 once the exporter listens (after the host started), so a scrape shows each name before its
    /// first event and rate() sees the first one.</summary>
    public static void StartAtZero(IEnumerable<string> lanes)
    {
        ArticlesPublished.Add(0);
        TelegramFlooded.Add(0);
        foreach (var lane in lanes)
        {
            DeliveriesSent.Add(0, new KeyValuePair<string, object?>("lane", lane));
            DeliveriesFailed.Add(0, new KeyValuePair<string, object?>("lane", lane));
        }
    }

    public static void Published() => ArticlesPublished.Add(1);

    public static void Sent(string lane) => DeliveriesSent.Add(1, new KeyValuePair<string, object?>("lane", lane));

    public static void Failed(string lane) => DeliveriesFailed.Add(1, new KeyValuePair<string, object?>("lane", lane));

    public static void Flooded() => TelegramFlooded.Add(1);

    /// <summary>A feed pass starts; the feed's failure count shows from its first pass on, at 0 while it never failed.</summary>
    public static void Polled(string feedUrl)
    {
        var feed = new KeyValuePair<string, object?>("feed", feedUrl);
        FeedPolls.Add(1, feed);
        FeedPollFailures.Add(0, feed);
    }

    public static void PollFailed(string feedUrl) => FeedPollFailures.Add(1, new KeyValuePair<string, object?>("feed", feedUrl));
}
