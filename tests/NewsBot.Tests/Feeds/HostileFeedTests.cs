using System.Text;
using NewsBot.Feeds;

namespace NewsBot.Tests.Feeds;

/// <summary>Garbage, bombs and ill-formed feeds: recover what can be had, else FeedFormatException, never anything else.</summary>
public class HostileFeedTests
{
    private static readonly Uri FeedUrl = new("https://news.example.com/feed");

    public static TheoryData<string, byte[]> Unreadable => new()
    {
        { "empty", [] },
        { "whitespace", Encoding.UTF8.GetBytes("  \r\n\t ") },
        { "binary garbage", Garbage() },
        { "png header", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] },
        { "utf-16 bom only", [0xFF, 0xFE] },
        { "html page", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><p>Moved</p></body></html>") },
        { "billion laughs", Encoding.ASCII.GetBytes(BillionLaughs("lolz")) },
        { "json array", Encoding.UTF8.GetBytes("[1,2,3]") },
        { "json not a feed", Encoding.UTF8.GetBytes("""{"hello":"world"}""") },
        { "deep json", Encoding.UTF8.GetBytes(new string('[', 100_000)) },
        { "broken json", Encoding.UTF8.GetBytes("""{"version":"https://jsonfeed.org/version/1","items":[""") },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void Unreadable_input_throws_feed_format_exception(string name, byte[] content)
    {
        var error = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(content, null, FeedUrl));

        Assert.False(string.IsNullOrWhiteSpace(error.Message), name);
    }

    [Fact]
    public void A_feed_served_and_declared_as_utf7_is_read_as_if_undeclared()
    {
        var bytes = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"utf-7\"?><rss><channel><title>News</title></channel></rss>");

        Assert.Equal("News", FeedParser.Parse(bytes, "utf-7", FeedUrl).Title);
    }

    [Fact]
    public void Five_megabytes_of_nesting_is_refused()
    {
        var nested = Encoding.ASCII.GetBytes("<rss><channel>" + string.Concat(Enumerable.Repeat("<a>", 5 * 1024 * 1024 / 3)));

        var error = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(nested, null, FeedUrl));

        Assert.Contains("nested", error.Message);
    }

    [Fact]
    public void Billion_laughs_inside_a_feed_expands_nothing()
    {
        var feed = Parse(BillionLaughs("rss").Replace("<rss>&lol9;</rss>", "<rss><channel><title>&lol9;</title></channel></rss>"));

        Assert.Equal("&lol9;", feed.Title);
    }

    [Fact]
    public void External_entities_are_never_resolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"newsbot-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOP-SECRET");
        try
        {
            var feed = Parse($"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]><rss><channel><title>x&xxe;</title></channel></rss>""");

            Assert.DoesNotContain("TOP-SECRET", feed.Title ?? "");
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Html_entities_bare_ampersands_and_control_characters_are_repaired()
    {
        var feed = Parse("<rss><channel><title>Tom&nbsp;&amp; Jerry & co\u0001 &copy; &bogus;</title></channel></rss>");

        Assert.Equal("Tom & Jerry & co © &bogus;", feed.Title);
    }

    [Fact]
    public void Undeclared_prefixes_are_declared_for_a_second_pass()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><title>T</title><item><title>I</title><dc:date>2020-01-02T03:04:05Z</dc:date><itunes:author>A</itunes:author></item></channel></rss>");

        Assert.Equal(("T", "I"), (feed.Title, feed.Items[0].Title));
        Assert.Equal(new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.Zero), feed.Items[0].Published);
    }

    [Fact]
    public void Truncated_feed_keeps_the_items_before_the_cut()
    {
        var feed = Parse("<rss><channel><title>Cut</title><item><title>One</title></item><item><title>Two</title></item><item><title>Thr");

        Assert.Equal("Cut", feed.Title);
        Assert.Equal(["One", "Two", "Thr"], feed.Items.Select(i => i.Title));
    }

    [Fact]
    public void Junk_before_the_xml_declaration_is_skipped()
    {
        var feed = Parse("\r\n\uFEFF  <?xml version=\"1.0\"?><rss><channel><title>T</title></channel></rss>");

        Assert.Equal("T", feed.Title);
    }

    [Fact]
    public void Xml_declaration_after_a_comment_is_dropped_on_the_second_pass()
    {
        var feed = Parse("<!-- note -->\n<?xml version=\"1.0\"?><rss><channel><title>T</title></channel></rss>");

        Assert.Equal("T", feed.Title);
    }

    private static ParsedFeed Parse(string text) => FeedParser.Parse(Encoding.UTF8.GetBytes(text), null, FeedUrl);

    private static byte[] Garbage()
    {
        var bytes = new byte[64 * 1024];
        new Random(20240601).NextBytes(bytes);
        return bytes;
    }

    private static string BillionLaughs(string root)
    {
        var entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : i - 1)};", 10))}\">");
        return $"<?xml version=\"1.0\"?><!DOCTYPE {root} [{entities}]><{root}>&lol9;</{root}>";
    }
}
