using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Articles;
using NewsBot.Feeds;
using NewsBot.Network;
using NewsBot.Publication;
using NewsBot.Storage;
using NewsBot.Summaries;
using NewsBot.Telemetry;

namespace NewsBot.Ingest;

/// <summary>One pass over one feed: read, find new items, read their pages and publish them through the one publication path
/// (an Approval feed's become drafts for the editors), then follow what it published within the edit window (corrections, removals).
/// The feed pass orchestrator.</summary>
public sealed class FeedPoller(
    FeedReader reader,
    StoryReader stories,
    Publisher publisher,
    Corrections corrections,
    Removals removals,
    IArticles articles,
    INewsroom newsroom,
    IFeedStates feeds,
    IOptions<TelegramOptions> telegram,
    TimeProvider time,
    ILogger<FeedPoller> log)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);

    /// <summary>Passes an item may fail in before it is recorded as skipped with its reason, so one bad item never stops its feed.</summary>
    public const int ItemAttempts = 3;

    public async Task PollAsync(FeedOptions feed, CancellationToken ct)
    {
        var state = feeds.Get(feed.Url);
        var now = time.GetUtcNow().UtcDateTime;
        if (now < state.NextPollAt) return;
        NewsMetrics.Polled(feed.Url);
        var clock = Stopwatch.StartNew();
        FeedRead read;
        try
        {
            // While an item is failing, or a correction or removal check waits, read the whole feed again (no validators), so it gets its next try.
            var again = state.ItemFailures.Count > 0 || state.FollowUpAt <= now;
            var validators = again ? new Validators(null, null) : new Validators(state.ETag, state.LastModified);
            read = await reader.ReadAsync(new Uri(feed.Url), validators, ct);
        }
        catch (Exception e) when (e is FetchException or FeedFormatException)
        {
            Fail(feed, state, e.Message);
            return;
        }
        int found, added, failed;
        try
        {
            (found, added, failed) = read.Feed is null ? (0, 0, 0) : await IngestAsync(feed, state, read.Feed, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Items fail one by one inside; what reaches here failed the whole pass (storage): back off and say so in /stats.
            log.LogError(e, "Feed {FeedUrl}: the pass failed", feed.Url);
            Fail(feed, state, $"{e.GetType().Name}: {e.Message}");
            return;
        }
        Succeed(feed, state, read, itemsFailed: failed > 0);
        log.LogInformation("Feed {FeedUrl}: {Status}, {Found} items, {New} new, in {Elapsed} ms", feed.Url,
            read.NotModified ? "not modified" : "read", found, added, clock.ElapsedMilliseconds);
    }

    private async Task<(int Found, int Added, int Failed)> IngestAsync(FeedOptions feed, FeedStateRecord state, ParsedFeed parsed, CancellationToken ct)
    {
        var feedUrl = new Uri(feed.Url);
        var items = parsed.Items.Select(i => (Item: i, Key: ArticleKey.For(i, feedUrl)))
            .DistinctBy(i => i.Key).ToList();
        state.Title = parsed.Title;
        if (!state.Primed)
        {
            articles.MarkSeen(items.Select(i => Seen(i.Key, feed, i.Item.Link ?? "", i.Item.Title ?? "")));
            state.Primed = true;
            log.LogInformation("Feed {FeedUrl} primed: its {Count} current items are marked seen, not posted", feed.Url, items.Count);
            return (items.Count, 0, 0);
        }
        // Feeds list newest first: post oldest first, undated items after the dated ones, in reverse feed order.
        state.FollowUpAt = null;
        var fresh = items.Where(i => !articles.IsKnown(i.Key)).Reverse().OrderBy(i => i.Item.Published ?? DateTimeOffset.MaxValue);
        var (added, failed) = (0, 0);
        foreach (var (item, key) in fresh.ToList())
        {
            try
            {
                if (await TakeAsync(key, item, feed, ct)) added++;
                state.ItemFailures.RemoveAll(f => f.Key == key);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                ItemFailed(feed, state, key, item, e);
                failed++;
            }
        }
        var correctLater = await corrections.FollowAsync(feed, items, ct);
        var checkLater = await removals.FollowAsync(feed, items.Select(i => i.Key).ToHashSet(), ct);
        state.FollowUpAt = correctLater is null ? checkLater : checkLater is null ? correctLater : correctLater < checkLater ? correctLater : checkLater;
        return (items.Count, added, failed);
    }

    /// <summary>One item failed: it is tried again next pass, and after <see cref="ItemAttempts"/> passes recorded as skipped with its reason.
    /// Either way the items after it go on, and the failure shows in /stats.</summary>
    private void ItemFailed(FeedOptions feed, FeedStateRecord state, string key, FeedItem item, Exception e)
    {
        var failure = state.ItemFailures.Find(f => f.Key == key);
        if (failure is null) state.ItemFailures.Add(failure = new ItemFailure { Key = key });
        failure.Attempts++;
        failure.Error = $"{e.GetType().Name}: {e.Message}";
        state.LastError = $"item {item.Link ?? key} failed: {failure.Error}";
        if (failure.Attempts < ItemAttempts)
        {
            log.LogWarning(e, "Feed {FeedUrl}: item {Key} failed (attempt {Attempt} of {Attempts}); the feed goes on", feed.Url, key, failure.Attempts, ItemAttempts);
            return;
        }
        var skipped = Seen(key, feed, item.Link ?? "", item.Title ?? "");
        skipped.SkipReason = failure.Error;
        articles.MarkSeen([skipped]);
        state.ItemFailures.Remove(failure);
        log.LogError(e, "Feed {FeedUrl}: item {Key} failed {Attempts} times and is skipped: {Error}", feed.Url, key, ItemAttempts, failure.Error);
    }

    /// <summary>A new item: published, or (Approval feed) drafted for the editors; false when it could not be taken.</summary>
    private async Task<bool> TakeAsync(string key, FeedItem item, FeedOptions feed, CancellationToken ct)
    {
        if (!Uri.TryCreate(item.Link, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            log.LogWarning("Feed {FeedUrl}: item {Key} has no http(s) link, so it cannot be posted", feed.Url, key);
            articles.MarkSeen([Seen(key, feed, item.Link ?? "", item.Title ?? "")]);
            return false;
        }
        var story = await stories.ReadItemAsync(url, item, feed, ct);
        if (feed.Mode == FeedMode.Approval)
        {
            Draft(key, story, feed);
            return true;
        }
        var source = new Source(key, feed.Url, ChannelsOf(feed), item.Published, ItemFingerprint: ItemFingerprint.Of(item));
        return publisher.Publish(story, source).Result == PublishResult.Published;
    }

    /// <summary>An Approval feed's new article: marked seen (so it is drafted once) and stored as a draft the editors' desk offers.</summary>
    private void Draft(string key, Story story, FeedOptions feed)
    {
        articles.MarkSeen([Seen(key, feed, story.Url, story.Title)]);
        var editors = telegram.Value.Editors;
        if (editors.Count == 0) log.LogWarning("Feed {FeedUrl} needs approval but Telegram:Editors is empty; its draft waits", feed.Url);
        newsroom.AddDraft(new DraftRecord
        {
            Key = key, FeedUrl = feed.Url, Source = feed.Name ?? feeds.Get(feed.Url).Title ?? new Uri(feed.Url).Host, Channels = [.. ChannelsOf(feed)],
            Story = story.ToRecord(), Editors = [.. editors], CreatedAt = time.GetUtcNow().UtcDateTime,
        });
    }

    private ArticleRecord Seen(string key, FeedOptions feed, string url, string title) => new()
    {
        Key = key, FeedUrl = feed.Url, Url = url, Title = title, FoundAt = time.GetUtcNow().UtcDateTime, State = ArticleState.Seen,
    };

    private IReadOnlyList<string> ChannelsOf(FeedOptions feed) =>
        feed.Channels.Count > 0 ? feed.Channels : telegram.Value.Channels;

    /// <param name="itemsFailed">An item failed in this pass: its error stays in /stats until a pass goes clean.</param>
    private void Succeed(FeedOptions feed, FeedStateRecord state, FeedRead read, bool itemsFailed)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var hint = Max(read.MaxAge, read.Feed?.Ttl);
        var wait = hint is { } h && h > feed.PollInterval ? Min(h, MaxBackoff) : TimeSpan.Zero;
        state.ETag = read.Validators.ETag;
        state.LastModified = read.Validators.LastModified;
        state.Failures = 0;
        if (!itemsFailed && state.ItemFailures.Count == 0) state.LastError = null;
        state.LastSuccessAt = now;
        state.NextPollAt = now + wait - TimeSpan.FromSeconds(1);
        feeds.Save(state);
    }

    private void Fail(FeedOptions feed, FeedStateRecord state, string error)
    {
        NewsMetrics.PollFailed(feed.Url);
        var now = time.GetUtcNow().UtcDateTime;
        state.Failures++;
        var backoff = Min(feed.PollInterval * Math.Pow(2, Math.Min(state.Failures - 1, 10)), MaxBackoff);
        state.NextPollAt = now + backoff - TimeSpan.FromSeconds(1);
        state.LastError = error;
        feeds.Save(state);
        log.LogWarning("Feed {FeedUrl} failed ({Failures} in a row): {Error}; next try in {Backoff}",
            feed.Url, state.Failures, error, backoff);
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
