using System.Text;
using NewsBot.Feeds;

namespace NewsBot.Tests.Feeds;

/// <summary>What each format yields beyond links: plain-text titles, summaries, dates, images, categories, TTL.</summary>
public class FeedContentTests
{
    private static readonly Uri FeedUrl = new("https://news.example.com/feed");

    [Theory]
    [InlineData("<title type=\"text\">A &lt;b&gt; tag</title>", "A <b> tag")]
    [InlineData("<title type=\"html\">A &lt;b&gt;bold&lt;/b&gt; &amp;amp; more</title>", "A bold & more")]
    [InlineData("<title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">An <b>xhtml</b> title</div></title>", "An xhtml title")]
    [InlineData("<title>  spaced \n out  </title>", "spaced out")]
    public void Atom_titles_are_plain_text_by_their_type(string titleXml, string expected)
    {
        var feed = Parse($"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>{titleXml}</entry></feed>");

        Assert.Equal(expected, feed.Items[0].Title);
    }

    [Theory]
    [InlineData("<title>Tom &amp;amp; Jerry</title>", "Tom & Jerry")]
    [InlineData("<title><![CDATA[Price <b>up</b> 5&#37;]]></title>", "Price up 5%")]
    [InlineData("<title>1 &lt; 2</title>", "1 < 2")]
    public void Rss_titles_are_plain_text(string titleXml, string expected)
    {
        var feed = Parse($"<rss version=\"2.0\"><channel><item>{titleXml}</item></channel></rss>");

        Assert.Equal(expected, feed.Items[0].Title);
    }

    [Fact]
    public void Rss_item_carries_summary_date_image_and_categories()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:x="urn:unknown-extension">
              <channel><title>T</title><ttl>45</ttl><x:whatever a="1"><x:deep/></x:whatever>
                <item>
                  <title>One</title><link>/one</link><guid isPermaLink="false">id-1</guid>
                  <description>&lt;p&gt;Hello&lt;/p&gt;</description>
                  <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
                  <enclosure url="/audio.mp3" type="audio/mpeg" length="1"/>
                  <media:thumbnail url="/thumb.jpg"/>
                  <category>World</category><category>Politics</category>
                </item>
              </channel>
            </rss>
            """);

        var item = Assert.Single(feed.Items);
        Assert.Equal(("rss20", "T", TimeSpan.FromMinutes(45)), (feed.Format, feed.Title, feed.Ttl));
        Assert.Equal("id-1", item.Id);
        Assert.Equal("<p>Hello</p>", item.Summary);
        Assert.Equal(new DateTimeOffset(2003, 6, 10, 4, 0, 0, TimeSpan.Zero), item.Published);
        Assert.Equal("https://news.example.com/thumb.jpg", item.ImageUrl);
        Assert.Equal(["World", "Politics"], item.Categories);
    }

    [Theory]
    [InlineData("<enclosure url=\"http://x/p.jpg\" type=\"image/jpeg\"/>", "http://x/p.jpg")]
    [InlineData("<media:content url=\"http://x/v.mp4\" type=\"video/mp4\"/><media:content url=\"http://x/c.png\" medium=\"image\"/>", "http://x/c.png")]
    [InlineData("<media:group><media:content url=\"http://x/g.webp\"/></media:group>", "http://x/g.webp")]
    [InlineData("<enclosure url=\"http://x/a.mp3\" type=\"audio/mpeg\"/>", null)]
    public void Image_comes_from_an_image_enclosure_or_media_rss(string xml, string? expected)
    {
        var feed = Parse($"<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><item>{xml}</item></channel></rss>");

        Assert.Equal(expected, feed.Items[0].ImageUrl);
    }

    [Theory]
    [InlineData("hourly", "2", 30)]
    [InlineData("daily", "", 1440)]
    [InlineData("weekly", "7", 1440)]
    public void Syndication_module_gives_the_ttl(string period, string frequency, int minutes)
    {
        var feed = Parse($"""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
              <channel><title>R</title><sy:updatePeriod>{period}</sy:updatePeriod><sy:updateFrequency>{frequency}</sy:updateFrequency></channel>
              <item rdf:about="http://x/1"><title>I</title><link>http://x/1</link></item>
            </rdf:RDF>
            """);

        Assert.Equal(("rss10", TimeSpan.FromMinutes(minutes)), (feed.Format, feed.Ttl));
        Assert.Equal("http://x/1", feed.Items[0].Id);
    }

    [Fact]
    public void Atom_entry_carries_summary_date_image_and_categories()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
              <entry><id>urn:1</id><title>E</title><summary>a &lt; b</summary><updated>2024-05-01T10:00:00+03:00</updated>
                <link rel="enclosure" type="image/png" href="/pic.png"/><category term="Tech"/></entry>
            </feed>
            """);

        var item = feed.Items[0];
        Assert.Equal(("atom10", "urn:1", "a &lt; b"), (feed.Format, item.Id, item.Summary));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(3)), item.Published);
        Assert.Equal("https://news.example.com/pic.png", item.ImageUrl);
        Assert.Equal(["Tech"], item.Categories);
    }

    [Fact]
    public void Atom03_reads_escaped_content_and_issued_date()
    {
        var feed = Parse("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title>
              <entry><title mode="escaped" type="text/html">&lt;i&gt;Hi&lt;/i&gt;</title><issued>2003-12-13T08:29:29-04:00</issued>
                <content type="text/html" mode="escaped">&lt;p&gt;Body&lt;/p&gt;</content></entry>
            </feed>
            """);

        Assert.Equal(("atom03", "Hi", "<p>Body</p>"), (feed.Format, feed.Items[0].Title, feed.Items[0].Summary));
        Assert.Equal(new DateTimeOffset(2003, 12, 13, 8, 29, 29, TimeSpan.FromHours(-4)), feed.Items[0].Published);
    }

    [Fact]
    public void Json_feed_item_carries_its_fields()
    {
        var feed = Parse("""
            {"version":"https://jsonfeed.org/version/1","title":"J","items":[
              {"id":7,"url":"https://x/7","title":"Seven","content_html":"<p>S</p>","date_published":"2021-10-29T05:00:00-04:00","image":"https://x/7.jpg","tags":["a","b"]}]}
            """);

        var item = feed.Items[0];
        Assert.Equal(("json", "J", "7", "Seven", "<p>S</p>", "https://x/7.jpg"), (feed.Format, feed.Title, item.Id, item.Title, item.Summary, item.ImageUrl));
        Assert.Equal(new DateTimeOffset(2021, 10, 29, 5, 0, 0, TimeSpan.FromHours(-4)), item.Published);
        Assert.Equal(["a", "b"], item.Categories);
    }

    [Fact]
    public void Rss090_is_told_apart_from_rss10()
    {
        var feed = Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
              <channel><title>Old</title><link>http://x/</link></channel><item><title>I</title><link>http://x/i</link></item>
            </rdf:RDF>
            """);

        Assert.Equal(("rss090", "Old", "http://x/i"), (feed.Format, feed.Title, feed.Items[0].Link));
    }

    private static ParsedFeed Parse(string text) => FeedParser.Parse(Encoding.UTF8.GetBytes(text), null, FeedUrl);
}
