using NewsBot.Posts;

namespace NewsBot.Tests.Posts;

public class TelegramHtmlTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("Tom & Jerry \"quoted\"", "Tom &amp; Jerry &quot;quoted&quot;")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("</b><a href=x>", "&lt;/b&gt;&lt;a href=x&gt;")]
    [InlineData("&nbsp;", "&amp;nbsp;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("&#60;", "&amp;#60;")]
    [InlineData("it's", "it's")]
    [InlineData("a\u0000b\u0007c\u001Fd", "abcd")]
    [InlineData("line\r\nnext\rlast", "line\nnext\nlast")]
    [InlineData("tab\tand\nnewline", "tab\tand\nnewline")]
    [InlineData("emoji 😀 ok", "emoji 😀 ok")]
    [InlineData("", "")]
    public void Escape_escapes_markup_and_drops_what_Telegram_rejects(string text, string expected) =>
        Assert.Equal(expected, TelegramHtml.Escape(text));

    [Fact]
    public void Escape_replaces_unpaired_surrogates()
    {
        // Built in code: lone surrogates do not survive attribute metadata.
        Assert.Equal("a\uFFFDb", TelegramHtml.Escape("a\uD83Db"));
        Assert.Equal("a\uFFFDb", TelegramHtml.Escape("a\uDE00b"));
        Assert.Equal("end\uFFFD", TelegramHtml.Escape("end\uD83D"));
        Assert.Equal("\uFFFD\uFFFD", TelegramHtml.Escape("\uDE00\uD83D"));
        Assert.Equal("ctl\nx\uFFFD", TelegramHtml.Escape("ctl\u0001\r\nx\uD800"));
    }

    [Fact]
    public void Escape_returns_the_same_string_when_nothing_changes()
    {
        var text = "Nothing to escape here.";
        Assert.Same(text, TelegramHtml.Escape(text));
    }

    [Fact]
    public void Bold_wraps_escaped_text() =>
        Assert.Equal("<b>A &amp; B</b>", TelegramHtml.Bold("A & B"));

    [Theory]
    [InlineData("", 0)]
    [InlineData("plain", 5)]
    [InlineData("<b>Hi</b>", 2)]
    [InlineData("<b>Title</b>\n\nBody", 11)]
    [InlineData("&lt;&gt;&amp;&quot;", 4)]
    [InlineData("&amp", 1)]
    [InlineData("&LT;", 4)]
    [InlineData("&nbsp;", 6)]
    [InlineData("a & b", 5)]
    [InlineData("&#65;", 1)]
    [InlineData("&#x41;", 1)]
    [InlineData("&#x1F600;", 2)]
    [InlineData("&#128512;", 2)]
    [InlineData("&#0;", 4)]
    [InlineData("&#;", 3)]
    [InlineData("&#x110000;", 10)]
    [InlineData("😀", 2)]
    [InlineData("<a href=\"https://x/?a>b\">link</a>", 4)]
    [InlineData("<i>a</i><u>b</u>", 2)]
    public void VisibleLength_counts_what_Telegram_counts(string html, int expected) =>
        Assert.Equal(expected, TelegramHtml.VisibleLength(html));

    [Theory]
    [InlineData("Tom & Jerry \"quoted\" <b>")]
    [InlineData("&&&&&&&&&&")]
    [InlineData("😀😀 &#65; &nbsp;")]
    public void Escaped_text_is_as_long_as_the_cleaned_text(string text) =>
        Assert.Equal(TelegramHtml.Clean(text).Length, TelegramHtml.VisibleLength(TelegramHtml.Escape(text)));

    [Fact]
    public void Clean_keeps_length_except_dropped_controls() =>
        Assert.Equal("a\uFFFD😀b", TelegramHtml.Clean("a\uDC00😀\u0002b"));

    [Fact]
    public void A_message_within_the_limit_is_one_part() => Assert.Equal(["<b>a</b>\nb"], TelegramHtml.Split("<b>a</b>\nb", 4096));

    [Fact]
    public void A_long_list_is_cut_between_its_lines_and_every_part_fits()
    {
        var lines = Enumerable.Range(0, 40).Select(i => $"{i}. <a href=\"https://x.example/{i}\">{new string('t', 180)} &amp; more</a>");
        var html = "<b>Latest</b>\n\n" + string.Join("\n\n", lines);

        var parts = TelegramHtml.Split(html, 4096);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(TelegramHtml.VisibleLength(p) <= 4096));
        Assert.Equal(html.Replace("\n", ""), string.Concat(parts).Replace("\n", ""));
    }

    [Fact]
    public void A_single_line_over_the_limit_is_cut_at_words_as_plain_text()
    {
        var html = "<i>" + string.Join(' ', Enumerable.Repeat("word&amp;word", 1000)) + "</i>";

        var parts = TelegramHtml.Split(html, 4096);

        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.True(TelegramHtml.VisibleLength(p) <= 4096));
        Assert.DoesNotContain(parts, p => p.Contains("<i>"));
        Assert.All(parts, p => Assert.DoesNotContain("&amp;amp;", p));
    }
}
