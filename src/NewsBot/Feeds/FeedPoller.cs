using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Articles;
using NewsBot.Delivery;
using NewsBot.Editorial;
using NewsBot.Network;
using NewsBot.Posts;
using NewsBot.Storage;

namespace NewsBot.Feeds;

/// <summary>One pass over one feed: read, find new items, enrich, store them with their deliveries (an Approval feed's go to the editors as drafts). The ingest orchestrator.</summary>
public sealed class FeedPoller(
    FeedReader reader,
    Publisher publisher,
    DraftDesk drafts,
    NewsStore store,
    IOptions<TelegramOptions> telegram,
    TimeProvider time,
    ILogger<FeedPoller> log)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);

    public async Task PollAsync(FeedOptions feed, CancellationToken ct)
    {
        var state = store.GetFeedState(feed.Url);
        var now = time.GetUtcNow().UtcDateTime;
        if (now < state.NextPollAt) return;
        var clock = Stopwatch.StartNew();
        FeedRead read;
        try
        {
            read = await reader.ReadAsync(new Uri(feed.Url), new Validators(state.ETag, state.LastModified), ct);
        }
        catch (Exception e) when (e is FetchException or FeedFormatException)
        {
            Fail(feed, state, e.Message);
            return;
        }
        var (found, added) = read.Feed is null ? (0, 0) : await IngestAsync(feed, state, read.Feed, ct);
        Succeed(feed, state, read);
        log.LogInformation("Feed {FeedUrl}: {Status}, {Found} items, {New} new, in {Elapsed} ms", feed.Url,
            read.NotModified ? "not modified" : "read", found, added, clock.ElapsedMilliseconds);
    }

    private async Task<(int Found, int Added)> IngestAsync(FeedOptions feed, FeedStateRecord state, ParsedFeed parsed, CancellationToken ct)
    {
        var feedUrl = new Uri(feed.Url);
        var items = parsed.Items.Select(i => (Item: i, Key: ArticleKey.For(i, feedUrl)))
            .DistinctBy(i => i.Key).ToList();
        state.Title = parsed.Title;
        if (!state.Primed)
        {
            var now = time.GetUtcNow().UtcDateTime;
            store.MarkSeen(items.Select(i => new ArticleRecord
            {
                Key = i.Key, FeedUrl = feed.Url, Url = i.Item.Link ?? "", Title = i.Item.Title ?? "", FoundAt = now,
                State = ArticleState.Seen,
            }));
            state.Primed = true;
            log.LogInformation("Feed {FeedUrl} primed: its {Count} current items are marked seen, not posted", feed.Url, items.Count);
            return (items.Count, 0);
        }
        // Feeds list newest first: post oldest first, undated items after the dated ones, in reverse feed order.
        var fresh = items.Where(i => !store.IsKnown(i.Key)).Reverse().OrderBy(i => i.Item.Published ?? DateTimeOffset.MaxValue);
        var added = 0;
        foreach (var (item, key) in fresh)
        {
            var taken = feed.Mode == FeedMode.Approval
                ? await DraftAsync(key, item, feed, ct)
                : await publisher.PublishAsync(key, item, feed, ChannelsOf(feed), ct) is not null;
            if (taken) added++;
        }
        return (items.Count, added);
    }

    /// <summary>An Approval feed's new item goes to the editors as a draft; false when it has no http(s) link to read.</summary>
    private async Task<bool> DraftAsync(string key, FeedItem item, FeedOptions feed, CancellationToken ct)
    {
        if (!Uri.TryCreate(item.Link, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return await publisher.PublishAsync(key, item, feed, ChannelsOf(feed), ct) is not null;
        await drafts.OfferAsync(key, await publisher.ReadItemAsync(url, item, feed, ct), feed, ChannelsOf(feed), ct);
        return true;
    }

    private IReadOnlyList<string> ChannelsOf(FeedOptions feed) =>
        feed.Channels.Count > 0 ? feed.Channels : telegram.Value.Channels;

    private void Succeed(FeedOptions feed, FeedStateRecord state, FeedRead read)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var hint = Max(read.MaxAge, read.Feed?.Ttl);
        var wait = hint is { } h && h > feed.PollInterval ? Min(h, MaxBackoff) : TimeSpan.Zero;
        state.ETag = read.Validators.ETag;
        state.LastModified = read.Validators.LastModified;
        state.Failures = 0;
        state.LastError = null;
        state.LastSuccessAt = now;
        state.NextPollAt = now + wait - TimeSpan.FromSeconds(1);
        store.SaveFeedState(state);
    }

    private void Fail(FeedOptions feed, FeedStateRecord state, string error)
    {
        var now = time.GetUtcNow().UtcDateTime;
        state.Failures++;
        var backoff = Min(feed.PollInterval * Math.Pow(2, Math.Min(state.Failures - 1, 10)), MaxBackoff);
        state.NextPollAt = now + backoff - TimeSpan.FromSeconds(1);
        state.LastError = error;
        store.SaveFeedState(state);
        log.LogWarning("Feed {FeedUrl} failed ({Failures} in a row): {Error}; next try in {Backoff}",
            feed.Url, state.Failures, error, backoff);
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
