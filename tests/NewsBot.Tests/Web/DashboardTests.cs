using System.Net;
using NewsBot.Storage;

namespace NewsBot.Tests.Web;

/// <summary>The read-only dashboard (SPEC §5a) over a running service: feeds, the outbox, scheduled posts and the latest posts.</summary>
public sealed class DashboardTests : LoopbackWorld
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task It_shows_the_feeds_the_outbox_and_the_latest_posts_with_their_deliveries_in_english_and_ukrainian()
    {
        var feed = Site.Url("/rss").ToString();
        SampleNews.Publish(Site);
        await using var service = await TestService.StartAsync(TestService.Settings(Api, DbPath, feed));
        await Eventually.TrueAsync(() => service.Store.Feeds.Get(feed).Primed, "the first poll primes the feed");
        SampleNews.Publish(Site, SampleNews.Article("shown"));
        await Api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));
        await Eventually.TrueAsync(() => service.Store.Outbox.Count(DeliveryState.Sent) == 1, "the send is recorded");

        using var response = await Http.GetAsync(new Uri(service.WebUrl, "?lang=en"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains(WebUtility.HtmlEncode(feed), html);
        Assert.Contains("Parliament passes the shown budget", html);
        Assert.Contains("1 sent", html);
        Assert.Contains("Nothing is scheduled.", html);
        Assert.DoesNotContain("/playground", html);

        var uk = await Http.GetStringAsync(new Uri(service.WebUrl, "?lang=uk"));
        Assert.Contains("Останні дописи", uk);
        Assert.Contains("1 надіслано", uk);
    }

    [Fact]
    public void An_article_tally_counts_its_deliveries_by_state()
    {
        var dir = Some.TempDir();
        using (var store = new LiteStore(Path.Combine(dir, "news.db")))
        {
            var now = DateTime.UtcNow;
            var article = new ArticleRecord { Key = "k", Url = Some.Url(), Title = Some.Title(), State = ArticleState.Published };
            store.Articles.Publish(new PublishRequest(article, [new DeliveryTarget("@a", ChatKind.Group, Lane.Channel), new DeliveryTarget("@b", ChatKind.Group, Lane.Channel)], null), now);
            var due = store.Outbox.Due(now, 10);
            store.Outbox.MarkSent(due[0], 7, now);

            var tally = store.Outbox.Tally(article.Id);

            Assert.Equal(1, tally[DeliveryState.Sent]);
            Assert.Equal(1, tally[DeliveryState.Pending]);
            Assert.False(tally.ContainsKey(DeliveryState.Failed));
        }
        Directory.Delete(dir, recursive: true);
    }
}
