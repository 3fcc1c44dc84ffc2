using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using NewsBot.Articles;
using NewsBot.Feeds;
using NewsBot.Ingest;
using NewsBot.Network;
using NewsBot.Publication;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Ingest;

/// <summary>One item that throws never stops its feed: it is tried again in the next passes, then recorded as skipped with its reason.</summary>
public sealed class FeedPollerIsolationTests : LoopbackWorld
{
    [Fact]
    public async Task An_item_that_keeps_failing_is_skipped_with_its_reason_and_the_items_after_it_are_published()
    {
        using var store = new LiteStore(DbPath);
        var articles = new Mock<IArticles>();
        articles.Setup(a => a.IsKnown(It.IsAny<string>())).Returns<string>(store.Articles.IsKnown);
        articles.Setup(a => a.MarkSeen(It.IsAny<IEnumerable<ArticleRecord>>())).Returns<IEnumerable<ArticleRecord>>(store.Articles.MarkSeen);
        articles.Setup(a => a.Publish(It.IsAny<PublishRequest>(), It.IsAny<DateTime>())).Returns<PublishRequest, DateTime>((request, now) =>
            request.Article.Title.Contains("cursed") ? throw new InvalidOperationException("the disk is on fire") : store.Articles.Publish(request, now));
        var fetcher = new WebFetcher(new HttpClient(WebFetcher.CreateHandler(allowPrivateAddresses: true)));
        var poller = new FeedPoller(new FeedReader(fetcher), new StoryReader(new PageReader(fetcher), NullLogger<StoryReader>.Instance),
            new Publisher(articles.Object, TimeProvider.System, NullLogger<Publisher>.Instance), articles.Object, store.Newsroom, store.Feeds,
            Options.Create(new TelegramOptions { Channels = ["@newsroom"] }), TimeProvider.System, NullLogger<FeedPoller>.Instance);
        var feed = new FeedOptions { Url = Site.Url("/rss").ToString(), PollInterval = TimeSpan.FromSeconds(1) };
        SampleNews.Publish(Site);
        await poller.PollAsync(feed, CancellationToken.None);

        var cursed = SampleNews.Article("cursed");
        var after = SampleNews.Article("after");
        SampleNews.Publish(Site, cursed, after);
        for (var pass = 1; pass <= FeedPoller.ItemAttempts; pass++)
        {
            await poller.PollAsync(feed, CancellationToken.None);
            var state = store.Feeds.Get(feed.Url);
            Assert.True(state.LastError?.Contains("the disk is on fire"), $"pass {pass}: {state.LastError} failures={state.Failures}");
            if (pass < FeedPoller.ItemAttempts) Assert.Equal(pass, Assert.Single(state.ItemFailures).Attempts);
            Assert.Equal(ArticleState.Published, store.Articles.Find(KeyOf("after", feed))?.State);
            store.Feeds.Save(Ready(state));
        }

        Assert.Empty(store.Feeds.Get(feed.Url).ItemFailures);
        var skipped = store.Articles.Find(KeyOf("cursed", feed))!;
        Assert.Equal(ArticleState.Seen, skipped.State);
        Assert.Equal("InvalidOperationException: the disk is on fire", skipped.SkipReason);
        Assert.Equal(1, store.Articles.Count(ArticleState.Published));
        await poller.PollAsync(feed, CancellationToken.None);
        Assert.Equal(1, store.Articles.Count(ArticleState.Published));
    }

    private static string KeyOf(string slug, FeedOptions feed) =>
        ArticleKey.For(new FeedItem($"article-{slug}", null, null, null, null, null, []), new Uri(feed.Url));

    /// <summary>The poller waits for NextPollAt; the test moves on at once.</summary>
    private static FeedStateRecord Ready(FeedStateRecord state)
    {
        state.NextPollAt = DateTime.MinValue;
        return state;
    }
}
