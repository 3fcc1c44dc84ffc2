using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Articles;
using NewsBot.Feeds;
using NewsBot.Ingest;
using NewsBot.Network;
using NewsBot.Publication;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Ingest;

/// <summary>The feed pass on a fake clock: a page that answers 404 is looked at again ten minutes later — the feed is read again for
/// it even while it answers 304 — and a second 404 retracts the article under OnRemoval = Delete.</summary>
public sealed class RemovalPassTests : LoopbackWorld
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_page_that_answers_404_twice_ten_minutes_apart_is_retracted_and_a_304_does_not_put_the_second_look_off()
    {
        using var store = new LiteStore(DbPath, _time);
        var poller = Poller(store);
        var feed = new FeedOptions { Url = Site.Url("/rss").ToString(), PollInterval = TimeSpan.FromMinutes(5) };
        var (gone, next) = (SampleNews.Article("gone"), SampleNews.Article("next"));
        SampleNews.Publish(Site);
        await PassAsync(poller, feed, store, TimeSpan.Zero);
        SampleNews.Publish(Site, gone);
        await PassAsync(poller, feed, store, TimeSpan.FromMinutes(5));
        var article = store.Articles.Latest(null, null, 5).Single();

        Site.Fail("/news/gone", 404);
        SampleNews.Publish(Site, next);
        await PassAsync(poller, feed, store, TimeSpan.FromMinutes(5));
        Assert.Equal(new RemovalCheck(Now, Now.AddMinutes(10), false), store.Articles.Get(article.Id)!.Removal);
        Assert.Equal(Now.AddMinutes(10), store.Feeds.Get(feed.Url).FollowUpAt);

        var feedReads = Site.RequestCount("/rss");
        await PassAsync(poller, feed, store, TimeSpan.FromMinutes(5));
        Assert.NotNull(Site.Requests.Last(r => r.Path == "/rss").Header("If-None-Match"));
        Assert.Null(store.Articles.Get(article.Id)!.RetractedAt);
        Assert.Equal(2, Site.RequestCount("/news/gone"));

        await PassAsync(poller, feed, store, TimeSpan.FromMinutes(5));
        Assert.Null(Site.Requests.Last(r => r.Path == "/rss").Header("If-None-Match"));
        Assert.Equal(feedReads + 2, Site.RequestCount("/rss"));
        var retracted = store.Articles.Get(article.Id)!;
        Assert.Equal((Now, PageGone.Gone404), (retracted.RetractedAt, retracted.Removal!.Outcome));
        Assert.Equal(DeliveryState.Cancelled, store.Outbox.OfArticle(article.Id).Single(d => d.IsChannelPost).State);
        var notice = Assert.Single(store.Newsroom.UnqueuedNotices());
        Assert.Equal((NoticeKind.Retracted, PageGone.Gone404), (notice.Kind, notice.Args[2]));
        Assert.Null(store.Feeds.Get(feed.Url).FollowUpAt);
    }

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    private async Task PassAsync(FeedPoller poller, FeedOptions feed, LiteStore store, TimeSpan after)
    {
        _time.Advance(after);
        await poller.PollAsync(feed, CancellationToken.None);
        Assert.Null(store.Feeds.Get(feed.Url).LastError);
    }

    private FeedPoller Poller(LiteStore store)
    {
        var fetcher = new WebFetcher(new HttpClient(WebFetcher.CreateHandler(allowPrivateAddresses: true)));
        var pages = new PageReader(fetcher);
        var publisher = new Publisher(store.Articles, Options.Create(new RoutingOptions()), _time, NullLogger<Publisher>.Instance);
        var publishing = Options.Create(new PublishingOptions { OnRemoval = RemovalPolicy.Delete });
        var telegram = Options.Create(new TelegramOptions { Channels = ["@newsroom"], Editors = [7001] });
        var corrections = new Corrections(pages, publisher, store.Articles, store.Newsroom, publishing, _time, NullLogger<Corrections>.Instance);
        var retractions = new Retractions(store.Outbox, store.Articles, _time, NullLogger<Retractions>.Instance);
        var removals = new Removals(fetcher, store.Articles, store.Newsroom, retractions, publishing, telegram, _time, NullLogger<Removals>.Instance);
        return new FeedPoller(new FeedReader(fetcher), new StoryReader(pages, NullLogger<StoryReader>.Instance), publisher, corrections, removals,
            store.Articles, store.Newsroom, store.Feeds, telegram, _time, NullLogger<FeedPoller>.Instance);
    }
}
