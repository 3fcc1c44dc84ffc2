using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Articles;
using NewsBot.Feeds;

namespace NewsBot.Tests.Playground;

/// <summary>The playground's sample site: a feed that fills one story at a time, pages the extractor reads like a news site's.</summary>
public sealed class SampleSiteTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));

    private SampleSite Site() => new(_time, TimeSpan.FromSeconds(20));

    [Fact]
    public void The_feed_is_empty_at_its_first_read_then_lists_one_more_story_every_interval_newest_first()
    {
        var site = Site();
        Assert.Empty(Items(site));

        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal([site.FeedStories[0].Url.ToString()], Items(site).Select(i => i.Link));

        _time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal([site.FeedStories[1].Url.ToString(), site.FeedStories[0].Url.ToString()], Items(site).Select(i => i.Link));

        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(site.FeedStories.Count, Items(site).Count);
        Assert.True(site.FeedStories.Count < site.Stories.Count, "a story is kept off the feed for an editor's /post");
    }

    [Fact]
    public void An_unchanged_feed_answers_304_to_its_etag()
    {
        var site = Site();
        var first = site.Answer("/rss.xml", null);
        Assert.Equal(HttpStatusCode.NotModified, site.Answer("/rss.xml", first.ETag).Status);

        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.OK, site.Answer("/rss.xml", first.ETag).Status);
    }

    [Fact]
    public void Both_languages_are_there_and_each_page_extracts_to_its_language_section_image_and_body_without_the_furniture()
    {
        var site = Site();
        Assert.Contains(site.FeedStories, s => s.Lang == "uk");
        Assert.Contains(site.FeedStories, s => s.Lang == "en");
        foreach (var story in site.Stories)
        {
            var answer = site.Answer(SampleSite.PathOf(story.Url)!, null);
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            var page = Extractor.Extract(Encoding.UTF8.GetString(answer.Body), story.Url);
            Assert.Equal(story.Lang, page.Language);
            Assert.Equal(story.Section, page.Section);
            Assert.Contains(story.Paragraphs[1], page.Paragraphs);
            Assert.DoesNotContain(page.Paragraphs, p => p.Contains("Share on", StringComparison.Ordinal) || p.Contains("fictional", StringComparison.Ordinal));
            if (story.Image is { } image)
            {
                Assert.Equal(new Uri(SampleSite.Origin, "img/" + image).ToString(), page.Image);
                Assert.Equal("image/png", site.Answer("/img/" + image, null).MediaType);
            }
        }
    }

    [Theory]
    [InlineData("https://sample-news.example/en/x?utm=1", "/en/x")]
    [InlineData("https://sample-news.example/", "/")]
    [InlineData("https://news.example/en/x", null)]
    [InlineData("http://sample-news.example/en/x", null)]
    public void Only_its_own_origin_is_the_sample_site(string url, string? path) => Assert.Equal(path, SampleSite.PathOf(new Uri(url)));

    [Fact]
    public void An_unknown_path_is_404() => Assert.Equal(HttpStatusCode.NotFound, Site().Answer("/en/nope", null).Status);

    private static List<FeedItem> Items(SampleSite site) =>
        FeedParser.Parse(site.Answer("/rss.xml", null).Body, "utf-8", SampleSite.FeedUrl).Items.ToList();
}
