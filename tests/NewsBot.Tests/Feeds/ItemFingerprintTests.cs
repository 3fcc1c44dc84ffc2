using NewsBot.Feeds;

namespace NewsBot.Tests.Feeds;

/// <summary>A feed item's fingerprint changes with what a correction changes, and with nothing else.</summary>
public sealed class ItemFingerprintTests
{
    private static readonly FeedItem Item = new("guid-1", "https://news.example/a", "Parliament passes the budget", "<p>The vote was 250 to 80.</p>",
        new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero), "https://cdn.example/a.jpg", ["Politics"]);

    [Fact]
    public void Re_wrapped_whitespace_categories_and_links_are_no_change()
    {
        var same = Item with { Title = "  Parliament   passes\nthe budget ", Summary = "<p>The vote was\n 250 to 80.</p>", Categories = ["Economy"] };

        Assert.Equal(ItemFingerprint.Of(Item), ItemFingerprint.Of(same));
        Assert.Equal(ItemFingerprint.Of(Item), ItemFingerprint.Of(Item with { Published = Item.Published!.Value.AddHours(1) }));
    }

    [Fact]
    public void Title_description_image_and_updated_each_change_it()
    {
        var changed = new[]
        {
            Item with { Title = "Parliament rejects the budget" },
            Item with { Summary = "<p>The vote was 251 to 79.</p>" },
            Item with { ImageUrl = "https://cdn.example/b.jpg" },
            Item with { ImageUrl = null },
            Item with { Updated = new DateTimeOffset(2026, 11, 27, 11, 30, 0, TimeSpan.Zero) },
        };

        Assert.All(changed, c => Assert.NotEqual(ItemFingerprint.Of(Item), ItemFingerprint.Of(c)));
        Assert.Equal(changed.Length, changed.Select(ItemFingerprint.Of).Distinct().Count());
    }

    [Fact]
    public void Atom_updated_and_json_feed_date_modified_are_read()
    {
        var atom = FeedParser.Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
              <entry><id>urn:1</id><title>A</title><link href="https://news.example/a"/>
                <published>2026-11-27T10:00:00Z</published><updated>2026-11-27T11:30:00Z</updated></entry>
            </feed>
            """u8.ToArray(), null, new Uri("https://news.example/feed"));
        var json = FeedParser.Parse("""
            {"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","url":"https://news.example/b",
             "date_published":"2026-11-27T10:00:00Z","date_modified":"2026-11-27T12:00:00Z"}]}
            """u8.ToArray(), null, new Uri("https://news.example/feed.json"));

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 11, 30, 0, TimeSpan.Zero), Assert.Single(atom.Items).Updated);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero), Assert.Single(json.Items).Updated);
    }
}
