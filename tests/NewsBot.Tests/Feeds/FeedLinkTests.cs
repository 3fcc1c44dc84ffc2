using System.Text;
using NewsBot.Feeds;

namespace NewsBot.Tests.Feeds;

/// <summary>Links come out absolute: resolved against xml:base and the feed URL; guids and Atom rels as the spec says.</summary>
public class FeedLinkTests
{
    private static readonly Uri FeedUrl = new("https://news.example.com/feeds/main.xml");

    [Theory]
    [InlineData("/a/1.html", "https://news.example.com/a/1.html")]
    [InlineData("b/2.html", "https://news.example.com/feeds/b/2.html")]
    [InlineData("//cdn.example.net/3", "https://cdn.example.net/3")]
    [InlineData("http://other.example.org/4?x=1&y=2", "http://other.example.org/4?x=1&y=2")]
    [InlineData("  https://example.com/5  ", "https://example.com/5")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("mailto:desk@example.com", null)]
    [InlineData("http://[bad", null)]
    public void Rss_item_links_resolve_against_the_feed_url(string written, string? expected)
    {
        var feed = Parse($"<rss version=\"2.0\"><channel><item><link>{System.Security.SecurityElement.Escape(written)}</link></item></channel></rss>");

        Assert.Equal(expected, feed.Items[0].Link);
    }

    [Fact]
    public void Xml_base_on_feed_and_entry_is_applied_in_order()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/blog/">
              <link href="/"/>
              <entry xml:base="2024/">
                <link href="post.html"/>
              </entry>
            </feed>
            """);

        Assert.Equal("http://example.org/", feed.Link);
        Assert.Equal("http://example.org/blog/2024/post.html", feed.Items[0].Link);
    }

    [Theory]
    [InlineData("<guid>http://example.com/g</guid>", "http://example.com/g")]
    [InlineData("<guid isPermaLink=\"true\">http://example.com/g</guid>", "http://example.com/g")]
    [InlineData("<guid isPermaLink=\"false\">http://example.com/g</guid>", null)]
    [InlineData("<guid>12345</guid>", null)]
    [InlineData("<guid>tag:example.com,2024:1</guid>", null)]
    [InlineData("<guid>http://example.com/g</guid><link>http://example.com/l</link>", "http://example.com/l")]
    public void A_permalink_guid_stands_in_for_a_missing_link(string itemXml, string? expected)
    {
        var feed = Parse($"<rss version=\"2.0\"><channel><item>{itemXml}</item></channel></rss>");

        Assert.Equal(expected, feed.Items[0].Link);
    }

    [Theory]
    [InlineData("<link rel=\"self\" href=\"http://x/self\"/><link href=\"http://x/plain\"/>", "http://x/plain")]
    [InlineData("<link rel=\"related\" href=\"http://x/rel\"/><link rel=\"alternate\" href=\"http://x/alt\"/>", "http://x/alt")]
    [InlineData("<link rel=\"alternate\" type=\"application/pdf\" href=\"http://x/pdf\"/><link rel=\"alternate\" type=\"text/html\" href=\"http://x/html\"/>", "http://x/html")]
    [InlineData("<link rel=\"enclosure\" href=\"http://x/a.mp3\"/>", null)]
    public void Atom_prefers_the_alternate_link(string links, string? expected)
    {
        var feed = Parse($"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>{links}</entry></feed>");

        Assert.Equal(expected, feed.Items[0].Link);
    }

    [Fact]
    public void Json_feed_links_resolve_against_the_feed_url()
    {
        var feed = Parse("""{"version":"https://jsonfeed.org/version/1.1","home_page_url":"/","items":[{"id":"1","url":"/a/1"}]}""");

        Assert.Equal("https://news.example.com/", feed.Link);
        Assert.Equal("https://news.example.com/a/1", feed.Items[0].Link);
    }

    private static ParsedFeed Parse(string text) => FeedParser.Parse(Encoding.UTF8.GetBytes(text), null, FeedUrl);
}
