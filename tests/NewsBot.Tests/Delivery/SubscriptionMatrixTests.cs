using NewsBot.Delivery;
using NewsBot.Posts;
using NewsBot.Storage;

namespace NewsBot.Tests.Delivery;

/// <summary>Who gets what: sections × instant/digest × language, through the audience (instant) and the digest composer.</summary>
public class SubscriptionMatrixTests
{
    private const int Politics = 1, Economy = 2;
    private static readonly DateTime Day = new(2026, 11, 27, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly TimeZoneInfo Kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");

    private static ArticleRecord Article(int? section, string title) => new()
    {
        Id = title.GetHashCode() & 0xFFFF, Key = title, Title = title, Url = "https://news.example/" + title.Replace(' ', '-'), SectionId = section,
        Section = section switch { Politics => "Politics", Economy => "Economy", _ => null },
        State = ArticleState.Published, FoundAt = new DateTime(2026, 11, 27, 9, 0, 0, DateTimeKind.Utc),
    };

    private static ReaderRecord Reader(long id, List<int>? sections, int? digest, string? language = null, bool active = true) =>
        new() { Id = id, Active = active, Sections = sections, DigestMinute = digest, Language = language };

    public static TheoryData<string, List<int>?, int?, int?, bool> Cases => new()
    {
        // who, sections, digest minute, article section, gets it at once
        { "all, instant, politics", null, null, Politics, true },
        { "all, instant, no section", null, null, null, true },
        { "politics only, politics", [Politics], null, Politics, true },
        { "politics only, economy", [Politics], null, Economy, false },
        { "politics only, no section", [Politics], null, null, false },
        { "none, politics", [], null, Politics, false },
        { "all, digest", null, 480, Politics, false },
        { "economy, digest", [Economy], 480, Economy, false },
    };

    private static readonly FanoutRecord ArticleFanout = new() { Kind = FanoutKind.Article };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Instant_readers_get_the_articles_of_their_sections(string who, List<int>? sections, int? digest, int? section, bool expected)
    {
        var reader = Reader(42, sections, digest);
        Assert.Equal(expected, Audience.Reaches(ArticleFanout, reader, Article(section, who)));
        Assert.Equal(new DeliveryTarget("42", ChatKind.Private, Lane.Reader), Audience.Reader(reader, Lane.Reader));
    }

    [Fact]
    public void Stopped_readers_get_nothing_and_groups_are_paced_as_groups()
    {
        var group = Reader(-100500, null, null);
        group.IsGroup = true;
        var reached = new[] { Reader(1, null, null, active: false), group }.Where(r => Audience.Reaches(ArticleFanout, r, Article(Politics, "x")));
        Assert.Equal([new DeliveryTarget("-100500", ChatKind.Group, Lane.Reader)], reached.Select(r => Audience.Reader(r, Lane.Reader)));
    }

    [Theory]
    [InlineData(null, "en", "Your daily digest, 27.11.2026", 3)]
    [InlineData(new[] { Politics }, "uk", "Ваш щоденний дайджест, 27.11.2026", 2)]
    [InlineData(new[] { Economy }, "en", "Your daily digest, 27.11.2026", 1)]
    public void A_digest_lists_the_days_articles_of_the_readers_sections_in_the_readers_language(int[]? sections, string language, string title, int count)
    {
        var articles = new[] { Article(Politics, "Vote passes"), Article(Economy, "Rates rise"), Article(Politics, "Minister resigns") };
        var html = DigestComposer.Compose(Reader(1, sections?.ToList(), 480, language), articles, Day, Kyiv)!;
        Assert.StartsWith($"<b>{title}</b>", html);
        Assert.Equal(count, html.Split("<a href=").Length - 1);
        Assert.Contains("27.11 11:00", html);
    }

    [Fact]
    public void No_digest_when_the_day_brought_nothing_in_the_readers_sections() =>
        Assert.Null(DigestComposer.Compose(Reader(1, [Economy], 480), [Article(Politics, "Vote")], Day, Kyiv));
}
