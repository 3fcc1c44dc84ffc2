using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Service;

/// <summary>Items that used to stop their feed for good — a GUID over LiteDB's index-key limit, a page whose body is not the gzip
/// its header claims, a body cut short — are posted (the feed's description standing in for a broken page) and the items after them too.</summary>
public sealed class HostileItemTests : LoopbackWorld
{
    [Fact]
    public async Task A_feed_carrying_hostile_items_keeps_posting_the_items_after_them()
    {
        var old = SampleNews.Article("old");
        SampleNews.Publish(Site, old);
        var settings = TestService.Settings(Api, DbPath, Site.Url("/rss").ToString());
        await using var service = await TestService.StartAsync(settings);
        var feed = Site.Url("/rss").ToString();
        await Eventually.TrueAsync(() => service.Store.Feeds.Get(feed).Primed, "primed");

        var giant = SampleNews.Article("giant");
        var gz = SampleNews.Article("gz");
        var cut = SampleNews.Article("cut");
        var fresh = SampleNews.Article("fresh");
        SampleNews.Publish(Site, old, giant, gz, cut, fresh);
        Site.LyingGzip("/news/gz");
        Site.Truncated("/news/cut");
        Site.MapFeed("/rss", SampleNews.Rss(Site, old, giant, gz, cut, fresh)
            .Replace("<guid isPermaLink=\"false\">article-giant</guid>", $"<guid isPermaLink=\"false\">{new string('g', 2_000)}</guid>"));

        await Api.WaitForSentAsync(4, TimeSpan.FromSeconds(30));
        await Task.Delay(1500);

        var posts = Api.Sent.Where(m => m.ChatId == "@newsroom").Select(m => m.VisibleText).ToList();
        Assert.Equal(4, posts.Count);
        Assert.Contains(posts, p => p.Contains("Parliament passes the giant budget") && p.Contains("twelve-hour debate"));
        Assert.Contains(posts, p => p.Contains("Parliament passes the gz budget") && p.Contains("Teaser of gz."));
        Assert.Contains(posts, p => p.Contains("Parliament passes the cut budget") && p.Contains("Teaser of cut."));
        Assert.Contains(posts, p => p.Contains("Parliament passes the fresh budget"));
        Assert.Empty(service.Store.Feeds.Get(feed).ItemFailures);
        Assert.Contains(service.Logs.Lines, l => l.Contains("/news/gz") && l.Contains("feed's description stands in"));
    }

    [Fact]
    public async Task An_article_url_keeps_its_escapes_in_the_post_and_its_button()
    {
        var plain = SampleNews.Article("plain");
        SampleNews.Publish(Site, plain);
        await using var service = await TestService.StartAsync(TestService.Settings(Api, DbPath, Site.Url("/rss").ToString()));
        await Eventually.TrueAsync(() => service.Store.Feeds.Get(Site.Url("/rss").ToString()).Primed, "primed");
        var odd = SampleNews.Article("odd");
        Site.Map("/news/a%20b%22c", SampleNews.Page(odd));
        Site.MapFeed("/rss", SampleNews.Rss(Site, plain, odd).Replace(Site.Url("/news/odd").ToString(), Site.Url("/news/a%20b%22c").AbsoluteUri));

        await Api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));

        var button = Assert.Single(Assert.Single(Api.Sent).Buttons);
        Assert.EndsWith("/news/a%20b%22c", button.Url);
    }
}
