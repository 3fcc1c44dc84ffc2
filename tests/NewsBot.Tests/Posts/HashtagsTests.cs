using NewsBot.Posts;

namespace NewsBot.Tests.Posts;

/// <summary>Item categories become hashtags Telegram links: letters, digits and underscores, never digits alone.</summary>
public sealed class HashtagsTests
{
    [Theory]
    [InlineData("Politics", "#Politics")]
    [InlineData("politics", "#politics")]
    [InlineData("World news", "#WorldNews")]
    [InlineData("Ukraine–Russia war", "#UkraineRussiaWar")]
    [InlineData("COVID-19", "#COVID19")]
    [InlineData("Економіка й фінанси", "#ЕкономікаЙФінанси")]
    [InlineData("  sci/tech & AI ", "#SciTechAI")]
    [InlineData("snake_case_tag", "#SnakeCaseTag")]
    [InlineData("2024", null)]
    [InlineData("#", null)]
    [InlineData("", null)]
    [InlineData("<script>alert(1)</script>", "#ScriptAlert1Script")]
    public void A_category_is_normalized_to_a_valid_hashtag(string category, string? tag) =>
        Assert.Equal(tag, Hashtags.Normalize(category));

    [Fact]
    public void A_tag_longer_than_the_cap_is_dropped()
    {
        Assert.Null(Hashtags.Normalize(new string('a', Hashtags.MaxLength + 1)));
        Assert.Equal("#" + new string('a', Hashtags.MaxLength), Hashtags.Normalize(new string('a', Hashtags.MaxLength)));
    }

    [Fact]
    public void The_line_keeps_distinct_tags_in_order_up_to_the_cap()
    {
        Assert.Equal("#Politics #WorldNews", Hashtags.Line(["Politics", "world news", "POLITICS", "2024", "World-News"]));
        Assert.Equal(Hashtags.MaxTags, Hashtags.Line(["a", "b", "c", "d", "e", "f", "g"]).Split(' ').Length);
        Assert.Equal("", Hashtags.Line(null));
    }

    [Fact]
    public void The_line_is_added_only_when_it_fits_the_visible_limit()
    {
        const string html = "<b>Title &amp; more</b>\n\nSummary.";

        Assert.Equal(html + "\n\n#Politics", Hashtags.Append(html, "#Politics", 1024));
        // Visible: "Title & more\n\nSummary." is 22 characters; with "\n\n#Politics" 33.
        Assert.Equal(html + "\n\n#Politics", Hashtags.Append(html, "#Politics", 33));
        Assert.Equal(html, Hashtags.Append(html, "#Politics", 32));
        Assert.Equal(html, Hashtags.Append(html, "", 1024));
    }
}
