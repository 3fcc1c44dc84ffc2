using System.Text.Json;
using NewsBot.Feeds;

namespace NewsBot.Tests.Feeds;

/// <summary>Golden test over feedparser's unit-test feeds (TestData/eval/feeds/feedparser/expected.json). Every expectation is met, so no skip list.</summary>
public class FeedparserCaseTests
{
    public static TheoryData<string> Files => EvalFeeds.Keys(Path.Combine("feedparser", "expected.json"));

    private static readonly JsonElement Expectations = EvalFeeds.Expected(Path.Combine("feedparser", "expected.json"));

    [Theory]
    [MemberData(nameof(Files))]
    public void Feed_meets_feedparsers_expectation(string file)
    {
        var expected = Expectations.GetProperty(file);
        var bytes = EvalFeeds.Bytes(Path.Combine("feedparser", file));
        var bozo = expected.GetProperty("bozo").ValueKind == JsonValueKind.True;

        ParsedFeed feed;
        try
        {
            feed = FeedParser.Parse(bytes, null, EvalFeeds.FeedUrl);
        }
        catch (FeedFormatException) when (bozo && expected.GetProperty("checks").GetArrayLength() == 0)
        {
            return;
        }

        foreach (var check in expected.GetProperty("checks").EnumerateArray())
        {
            var path = check.GetProperty("path").GetString()!;
            var value = check.GetProperty("value");
            if (check.GetProperty("op").GetString() == "len")
                Assert.Equal(value.GetInt32(), Count(feed, path));
            else
                Assert.Equal(Normalized(path, value.GetString()), Normalized(path, Read(feed, path)));
        }
    }

    private static string? Read(ParsedFeed feed, string path) => path switch
    {
        "feed.title" => feed.Title,
        "feed.link" => feed.Link,
        "entries[0].title" => feed.Items[0].Title,
        "entries[0].link" or "entries[0].links[0].href" => feed.Items[0].Link,
        "version" => feed.Format,
        "encoding" => feed.Encoding,
        _ => throw new ArgumentException("Unknown path " + path),
    };

    private static int Count(ParsedFeed feed, string path) => path switch
    {
        "entries" => feed.Items.Count,
        _ => throw new ArgumentException("Unknown len path " + path),
    };

    /// <summary>feedparser's version names mapped to ours; encodings compare case-insensitively.</summary>
    private static string? Normalized(string path, string? value) => path switch
    {
        "version" => value switch
        {
            "rss090" or "rss10" or "atom10" or "atom03" or "json" => value,
            "atom" or "atom01" or "atom02" => "atom03",
            "rss20" or "rss" or "rss091u" or "rss091n" or "rss092" or "rss093" or "rss094" => "rss20",
            _ => value,
        },
        "encoding" => value?.ToLowerInvariant(),
        _ => value,
    };
}
