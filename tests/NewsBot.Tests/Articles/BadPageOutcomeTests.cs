using System.Text;
using NewsBot.Summaries;
using NewsBot.Articles;
using NewsBot.Feeds;
using NewsBot.Network;

namespace NewsBot.Tests.Articles;

/// <summary>Each kind of bad page has a clear outcome through the service's own stages: the feed's description, else the title alone.</summary>
public sealed class BadPageOutcomeTests
{
    private const string Url = "https://news.example/2025/01/story";
    private const string Description = "<p>Уряд ухвалив нові правила ввезення автомобілів. Вони наберуть чинності через місяць.</p>";

    public static TheoryData<string> BadPages => new() { "empty", "images", "garbage", "deep", "broken" };

    [Theory]
    [MemberData(nameof(BadPages))]
    public void A_bad_page_falls_back_to_the_feed_description(string kind)
    {
        var story = Build(kind, Item(Description));
        Assert.Equal("Нові правила ввезення авто", story.Title);
        Assert.NotEmpty(story.Summary);
        Assert.StartsWith("Уряд ухвалив нові правила", story.Summary[0], StringComparison.Ordinal);
        Assert.Equal("uk", story.Language);
    }

    [Theory]
    [MemberData(nameof(BadPages))]
    public void Without_a_description_the_post_is_the_title_alone(string kind)
    {
        var story = Build(kind, Item(null));
        Assert.Equal("Нові правила ввезення авто", story.Title);
        Assert.Empty(story.Summary);
    }

    [Fact]
    public void A_page_in_an_unknown_language_is_still_summarized_without_a_language()
    {
        var html = "<html><body><article><p>" + string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", 8)) + "</p></article></body></html>";
        var story = StoryBuilder.Build(Url, PageReader.Extract(Encoding.UTF8.GetBytes(html), null, new Uri(Url)), Item(null), null);
        Assert.NotEmpty(story.Summary);
        Assert.Null(story.Language);
    }

    [Fact]
    public void A_page_over_the_cpu_budget_fails_like_a_page_that_did_not_load()
    {
        var html = Encoding.UTF8.GetBytes("<html><body><article><p>" + string.Concat(Enumerable.Repeat("Уряд ухвалив нові правила. ", 200)) + "</p></article></body></html>");
        PageReader.Extract(html, null, new Uri(Url));
        var e = Assert.Throws<FetchException>(() => PageReader.Extract(html, null, new Uri(Url), new PageBudget(TimeSpan.Zero)));
        Assert.IsType<ExtractionBudgetExceededException>(e.InnerException);
        var story = StoryBuilder.Build(Url, null, Item(Description), null);
        Assert.StartsWith("Уряд ухвалив нові правила", story.Summary[0], StringComparison.Ordinal);
    }

    private static Story Build(string kind, FeedItem item)
    {
        var page = PageReader.Extract(Page(kind), null, new Uri(Url));
        Assert.Empty(page.Paragraphs);
        return StoryBuilder.Build(Url, page, item, null);
    }

    private static FeedItem Item(string? description) =>
        new("id-1", Url, "Нові правила ввезення авто", description, null, null, []);

    private static byte[] Page(string kind) => kind switch
    {
        "empty" => [],
        "images" => Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<figure><img src='a.jpg'></figure>", 30)) + "</body></html>"),
        "garbage" => Garbage(),
        "deep" => Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 30_000)) + "</body></html>"),
        _ => Encoding.UTF8.GetBytes("<html><body><div <p class=\"'>< / ><<<>>> </table></tr><td><!-- never closed"),
    };

    private static byte[] Garbage()
    {
        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);
        return bytes;
    }
}
