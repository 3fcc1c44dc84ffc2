using System.Text.Json;
using NewsBot.Feeds;

namespace NewsBot.Tests.Feeds;

/// <summary>Golden test over TestData/eval/feeds/real-world.expected.json (rss-parser, miniflux, trafilatura feeds).</summary>
public class RealWorldFeedTests
{
    public static TheoryData<string> Files => EvalFeeds.Keys("real-world.expected.json");

    private static readonly JsonElement Expectations = EvalFeeds.Expected("real-world.expected.json");

    [Theory]
    [MemberData(nameof(Files))]
    public void Feed_parses_to_its_expected_title_count_and_first_item(string file)
    {
        var expected = Expectations.GetProperty(file);
        var bytes = EvalFeeds.Bytes(file);

        if (expected.TryGetProperty("parses", out var parses) && !parses.GetBoolean())
        {
            Assert.Throws<FeedFormatException>(() => FeedParser.Parse(bytes, null, EvalFeeds.FeedUrl));
            return;
        }

        var feed = FeedParser.Parse(bytes, null, EvalFeeds.FeedUrl);

        Assert.Contains(feed.Format, Formats(expected.GetProperty("format").GetString()!));
        Assert.Equal(PlainText(expected, "feed_title"), feed.Title);
        Assert.Equal(expected.GetProperty("items").GetInt32(), feed.Items.Count);
        Assert.Equal(PlainText(expected, "first_item_title"), feed.Items[0].Title);
        Assert.Equal(Resolved(expected, "first_item_link"), feed.Items[0].Link);
    }

    private static string[] Formats(string name) => name switch
    {
        "rss" => ["rss20"],
        "rdf" => ["rss10", "rss090"],
        "atom" => ["atom10", "atom03"],
        "jsonfeed" => ["json"],
        _ => [name],
    };

    /// <summary>Expected titles are the literal text (CDATA may hold markup); the parser gives plain text.</summary>
    private static string? PlainText(JsonElement expected, string name) =>
        FeedText.FromHtml(expected.GetProperty(name).GetString());

    /// <summary>Expected links are as written; the parser resolves them against the feed URL.</summary>
    private static string? Resolved(JsonElement expected, string name) =>
        expected.GetProperty(name).GetString() is { } link ? new Uri(EvalFeeds.FeedUrl, link).AbsoluteUri : null;
}
