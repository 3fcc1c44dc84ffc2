namespace NewsBot.Tests.Playground;

/// <summary>Messages shown as a Telegram client shows them: entities as tags, everything else escaped, links only to http(s).</summary>
public sealed class MessageHtmlTests
{
    private static string Render(string html) => MessageHtml.Render(html, "HTML", url => url.StartsWith("https://", StringComparison.Ordinal) ? url : null);

    [Theory]
    [InlineData("<b>Title</b>\n\nSummary &amp; more", "<b>Title</b>\n\nSummary &amp; more")]
    [InlineData("<b>bold <i>both</i></b> plain", "<b>bold <i>both</i></b> plain")]
    [InlineData("<a href=\"https://a.example/x?y=1&amp;z=2\">link</a>", "<a href=\"https://a.example/x?y=1&amp;z=2\" target=\"_blank\" rel=\"noopener noreferrer\">link</a>")]
    [InlineData("<a href=\"javascript:alert(1)\">no link</a>", "<span>no link</span>")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<b>🚋 трамвай</b>", "<b>&#128651; трамвай</b>")]
    [InlineData("<tg-spoiler>secret</tg-spoiler>", "<span class=\"spoiler\">secret</span>")]
    public void Html_is_rendered_from_its_entities(string html, string expected) => Assert.Equal(expected, Render(html));

    [Fact]
    public void Text_sent_without_a_parse_mode_is_shown_as_written() =>
        Assert.Equal("&lt;b&gt;not bold&lt;/b&gt;", MessageHtml.Render("<b>not bold</b>", (string?)null, url => url));

    [Fact]
    public void Entities_that_overlap_are_closed_and_opened_again_so_tags_nest()
    {
        var entities = new[] { new TextEntity("bold", 0, 4), new TextEntity("italic", 2, 4) };
        Assert.Equal("<b>ab<i>cd</i></b><i>ef</i>gh", MessageHtml.Render("abcdefgh", entities, url => url));
    }
}
