namespace NewsBot.Tests.Playground;

public sealed class HtmlCheckerTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("<b>bold</b> and <strong>strong</strong>", "bold and strong")]
    [InlineData("<i>i</i><em>em</em><u>u</u><ins>ins</ins><s>s</s><strike>st</strike><del>del</del>", "iemuinssstdel")]
    [InlineData("<span class=\"tg-spoiler\">x</span><tg-spoiler>y</tg-spoiler>", "xy")]
    [InlineData("<a href=\"https://example.com/?a=1&amp;b=2\">link</a>", "link")]
    [InlineData("<code>x &lt; y</code>", "x < y")]
    [InlineData("<pre><code class=\"language-csharp\">var x;</code></pre>", "var x;")]
    [InlineData("<blockquote expandable>quote</blockquote>", "quote")]
    [InlineData("<tg-emoji emoji-id=\"5368324170671202286\">👍</tg-emoji>", "👍")]
    [InlineData("<B>upper</B>", "upper")]
    [InlineData("&lt;&gt;&amp;&quot;&#39;&#x41;", "<>&\"'A")]
    [InlineData("<b>bold <i>both</i></b>", "bold both")]
    [InlineData("a > b", "a > b")]
    [InlineData("<a href='single'>s</a>", "s")]
    public void Accepts_telegram_html_and_yields_the_visible_text(string html, string visible)
    {
        var check = HtmlChecker.Check(html);

        Assert.Null(check.Error);
        Assert.Equal(visible, check.Text);
    }

    [Theory]
    [InlineData("a < b", "Unsupported start tag \"\" at byte offset 2")]
    [InlineData("<p>para</p>", "Unsupported start tag \"p\" at byte offset 0")]
    [InlineData("<br/>", "Unsupported start tag \"br\" at byte offset 0")]
    [InlineData("<b>open", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("close</b>", "Unexpected end tag at byte offset 5")]
    [InlineData("<b><i>x</b></i>", "Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"")]
    [InlineData("<b", "Unclosed start tag at byte offset 0")]
    [InlineData("<b>x</b", "Unclosed end tag at byte offset 4")]
    [InlineData("a&nbsp;b", "Unsupported HTML entity \"&nbsp;\" at byte offset 1")]
    [InlineData("AT&T", "Unsupported HTML entity \"&\" at byte offset 2")]
    [InlineData("&#0;", "Unsupported HTML entity \"&#0;\" at byte offset 0")]
    [InlineData("é&bogus;", "Unsupported HTML entity \"&bogus;\" at byte offset 2")]
    [InlineData("<span>x</span>", "Tag \"span\" must have class \"tg-spoiler\" at byte offset 0")]
    [InlineData("<tg-emoji>x</tg-emoji>", "Custom emoji entity must contain a valid custom emoji identifier")]
    public void Rejects_what_telegram_cannot_parse(string html, string error)
    {
        Assert.Equal(error, HtmlChecker.Check(html).Error);
    }

    [Fact]
    public void Entities_carry_utf16_offsets_and_link_targets()
    {
        var check = HtmlChecker.Check("👍 <b>Title</b> <a href=\"https://x.test/a\">more</a>");

        Assert.Equal(
        [
            new TextEntity("bold", 3, 5),
            new TextEntity("text_link", 9, 4, Url: "https://x.test/a"),
        ], check.Entities);
    }

    [Fact]
    public void A_pre_block_takes_the_language_of_its_code()
    {
        var check = HtmlChecker.Check("<pre><code class=\"language-go\">x</code></pre>");

        Assert.Equal([new TextEntity("pre", 0, 1, Language: "go")], check.Entities);
    }

    [Fact]
    public void Length_counts_decoded_entities_as_one_character()
    {
        var check = HtmlChecker.Check(string.Concat(Enumerable.Repeat("&amp;", 4096)));

        Assert.Equal(4096, check.Text.Length);
    }
}
