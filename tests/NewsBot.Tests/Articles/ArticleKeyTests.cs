using NewsBot.Articles;
using NewsBot.Feeds;

namespace NewsBot.Tests.Articles;

public class ArticleKeyTests
{
    private static readonly Uri Feed = new("https://news.example/rss");

    private static FeedItem Item(string? id = null, string? link = null, string? title = "Title", DateTimeOffset? published = null) =>
        new(id, link, title, null, published, null, []);

    [Fact]
    public void A_plain_guid_is_the_identity_scoped_to_the_feed_host() =>
        Assert.Equal("id:news.example:abc-123", ArticleKey.For(Item(id: " abc-123 ", link: "https://news.example/a"), Feed));

    [Fact]
    public void A_guid_that_is_a_url_is_canonicalized_like_a_link() =>
        Assert.Equal(ArticleKey.For(Item(link: "https://news.example/a"), Feed),
            ArticleKey.For(Item(id: "https://NEWS.example:443/a?utm_source=tg#top"), Feed));

    [Fact]
    public void Without_a_guid_the_canonical_link_is_the_identity() =>
        Assert.Equal("url:https://news.example/story?id=7",
            ArticleKey.For(Item(link: "https://news.example/story?utm_medium=rss&id=7&fbclid=xyz#comments"), Feed));

    [Fact]
    public void Without_guid_and_link_title_and_date_are_hashed()
    {
        var date = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
        var key = ArticleKey.For(Item(title: "Budget passed", published: date), Feed);
        Assert.StartsWith("hash:", key);
        Assert.Equal(key, ArticleKey.For(Item(title: " Budget passed ", published: date.ToOffset(TimeSpan.FromHours(2))), Feed));
        Assert.NotEqual(key, ArticleKey.For(Item(title: "Budget passed", published: date.AddDays(1)), Feed));
    }

    [Theory]
    [InlineData("https://a.example/x?b=2&a=1", "https://a.example/x?b=2&a=1")]
    [InlineData("HTTP://A.example:80/x/", "http://a.example/x/")]
    [InlineData("https://a.example/x?utm_campaign=z", "https://a.example/x")]
    [InlineData("https://a.example/новини", "https://a.example/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8")]
    public void Canonical_urls_drop_tracking_fragments_and_default_ports(string url, string expected) =>
        Assert.Equal(expected, ArticleKey.Canonical(new Uri(url)));
}
