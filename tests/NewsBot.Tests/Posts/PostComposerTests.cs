using NewsBot.Posts;

namespace NewsBot.Tests.Posts;

public class PostComposerTests
{
    const string Url = "https://news.example/world/2025/article-1?a=1&b=2";
    const string Image = "https://news.example/img/lead.jpg";

    static Post Compose(string title, string[] summary, string? image = null, string? language = "en") =>
        PostComposer.Compose(title, summary, Url, image, language);

    static void AssertFits(Post post, int budget)
    {
        PostHtmlCheck.AssertValid(post.Html);
        Assert.InRange(TelegramHtml.VisibleLength(post.Html), 1, budget);
    }

    [Fact]
    public void Composes_bold_title_blank_line_and_summary_sentences_joined_by_spaces()
    {
        var post = Compose("Parliament passes budget", ["The vote was 250 to 100.", "It takes effect in January."], Image);

        Assert.Equal(new Post("<b>Parliament passes budget</b>\n\nThe vote was 250 to 100. It takes effect in January.", Image, "Read more", Url), post);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<b>&lt;script&gt;alert(1)&lt;/script&gt;</b>")]
    [InlineData("</b><a href=x>click</a>", "<b>&lt;/b&gt;&lt;a href=x&gt;click&lt;/a&gt;</b>")]
    [InlineData("Price&nbsp;rises", "<b>Price&amp;nbsp;rises</b>")]
    [InlineData("Tom & Jerry \"quoted\"", "<b>Tom &amp; Jerry &quot;quoted&quot;</b>")]
    [InlineData("&#60;b&#62;", "<b>&amp;#60;b&amp;#62;</b>")]
    [InlineData("&amp;&lt;", "<b>&amp;amp;&amp;lt;</b>")]
    [InlineData("  Spaced \n\t out\u00A0\u00A0title  ", "<b>Spaced out title</b>")]
    [InlineData("Null\u0000and\u0007bell", "<b>Nullandbell</b>")]
    [InlineData("Emoji 🚀 launch", "<b>Emoji 🚀 launch</b>")]
    [InlineData("<b><b><b>", "<b>&lt;b&gt;&lt;b&gt;&lt;b&gt;</b>")]
    [InlineData("a < b > c", "<b>a &lt; b &gt; c</b>")]
    public void Hostile_titles_come_out_escaped_and_valid(string title, string expected)
    {
        var post = Compose(title, []);

        Assert.Equal(expected, post.Html);
        PostHtmlCheck.AssertValid(post.Html);
    }

    [Fact]
    public void Unpaired_surrogates_in_titles_become_replacement_characters() =>
        Assert.Equal("<b>Broken \uFFFD surrogate\uFFFD</b>", Compose("Broken \uD83D surrogate\uDE00", []).Html);

    [Fact]
    public void Hostile_summary_sentences_come_out_escaped_and_valid()
    {
        var post = Compose("T", ["<i>x</i> & \"y\".", "</b>&nbsp;\r\nz\u0001."]);

        Assert.Equal("<b>T</b>\n\n&lt;i&gt;x&lt;/i&gt; &amp; &quot;y&quot;. &lt;/b&gt;&amp;nbsp; z.", post.Html);
        PostHtmlCheck.AssertValid(post.Html);
    }

    [Theory]
    [InlineData(true, 1024)]
    [InlineData(false, 4096)]
    public void A_post_of_exactly_the_budget_is_kept_whole_even_when_entities_triple_its_html(bool photo, int budget)
    {
        var summary = new string('&', budget - "T\n\n".Length);

        var post = Compose("T", [summary], photo ? Image : null);

        Assert.Equal($"<b>T</b>\n\n{summary.Replace("&", "&amp;")}", post.Html);
        Assert.Equal(budget, TelegramHtml.VisibleLength(post.Html));
        AssertFits(post, budget);
    }

    [Theory]
    [InlineData(true, 1024)]
    [InlineData(false, 4096)]
    public void One_character_over_the_budget_cuts_the_sentence_at_a_word_with_an_ellipsis(bool photo, int budget)
    {
        var words = string.Join(' ', Enumerable.Repeat("&<>\"", budget));
        var summary = words[..(budget - 3 + 1)];

        var post = Compose("T", [summary], photo ? Image : null);

        var visible = TelegramHtml.VisibleLength(post.Html);
        Assert.EndsWith("&quot;…", post.Html);
        Assert.InRange(visible, budget - 5, budget);
        AssertFits(post, budget);
    }

    [Theory]
    [InlineData(true, 1024)]
    [InlineData(false, 4096)]
    public void Trailing_sentences_are_dropped_whole_at_the_budget_boundary(bool photo, int budget)
    {
        var first = new string('&', 500) + ".";
        var second = "Second.";
        var fits = new string('x', budget - "T\n\n".Length - first.Length - second.Length - "  .".Length) + ".";
        var image = photo ? Image : null;

        var exact = Compose("T", [first, fits, second], image);
        var over = Compose("T", [first, "x" + fits, second], image);

        Assert.Equal(budget, TelegramHtml.VisibleLength(exact.Html));
        Assert.EndsWith(" Second.", exact.Html);
        Assert.EndsWith("x.", over.Html);
        Assert.DoesNotContain("Second", over.Html);
        AssertFits(over, budget);
    }

    [Fact]
    public void Drops_every_sentence_after_the_first_that_does_not_fit_keeping_order()
    {
        var title = new string('T', 1000);
        var post = Compose(title, ["One.", "Two is long enough.", "Six."], Image);

        Assert.Equal($"<b>{title}</b>\n\nOne.", post.Html);
    }

    [Fact]
    public void A_first_sentence_too_long_is_cut_at_the_last_word_boundary()
    {
        var title = new string('T', CaptionRoomTitle(25));

        var post = Compose(title, ["Alpha beta gamma, delta epsilon zeta."], Image);

        Assert.Equal($"<b>{title}</b>\n\nAlpha beta gamma, delta…", post.Html);
        Assert.Equal(1024 - 1, TelegramHtml.VisibleLength(post.Html));
    }

    [Fact]
    public void A_cut_drops_trailing_punctuation_before_the_ellipsis()
    {
        var title = new string('T', CaptionRoomTitle(19));

        var post = Compose(title, ["Alpha beta gamma, delta epsilon zeta."], Image);

        Assert.EndsWith("\n\nAlpha beta gamma…", post.Html);
    }

    [Fact]
    public void Too_little_room_for_a_cut_sentence_leaves_the_title_alone()
    {
        var title = new string('T', CaptionRoomTitle(10));

        var post = Compose(title, ["Alpha beta gamma, delta epsilon zeta."], Image);

        Assert.Equal($"<b>{title}</b>", post.Html);
    }

    [Fact]
    public void A_short_sentence_still_fits_a_small_room()
    {
        var title = new string('T', CaptionRoomTitle(4));

        Assert.Equal($"<b>{title}</b>\n\nYes.", Compose(title, ["Yes.", "No."], Image).Html);
    }

    [Theory]
    [InlineData(1024)]
    [InlineData(1023)]
    [InlineData(1022)]
    public void A_title_that_fills_the_budget_is_posted_alone_uncut(int length)
    {
        var title = new string('T', length);

        Assert.Equal($"<b>{title}</b>", Compose(title, ["Summary."], Image).Html);
    }

    [Theory]
    [InlineData(true, 1024)]
    [InlineData(false, 4096)]
    public void A_hostile_5000_character_title_is_cut_at_a_word_and_posted_alone(bool photo, int budget)
    {
        var title = string.Concat(Enumerable.Repeat("<b>&amp; \"x\" ", 500))[..5000];

        var post = Compose(title, ["Never shown."], photo ? Image : null);

        Assert.StartsWith("<b>&lt;b&gt;&amp;amp; &quot;x&quot;", post.Html);
        Assert.EndsWith("…</b>", post.Html);
        Assert.DoesNotContain("\n", post.Html);
        Assert.InRange(TelegramHtml.VisibleLength(post.Html), budget - 14, budget);
        AssertFits(post, budget);
    }

    [Theory]
    [InlineData("", 1023)]
    [InlineData("x", 1024)]
    public void A_title_without_spaces_is_cut_hard_and_never_inside_a_surrogate_pair(string prefix, int visible)
    {
        var title = prefix + string.Concat(Enumerable.Repeat("😀", 3000));

        var post = Compose(title, [], Image);

        Assert.Equal(visible, TelegramHtml.VisibleLength(post.Html));
        Assert.EndsWith("😀…</b>", post.Html);
        AssertFits(post, 1024);
    }

    [Theory]
    [InlineData("en", "Read more")]
    [InlineData("uk", "Читати далі")]
    [InlineData("ru", "Читать далее")]
    [InlineData("uk-UA", "Читати далі")]
    [InlineData("RU", "Читать далее")]
    [InlineData("ru_RU", "Читать далее")]
    [InlineData("de", "Read more")]
    [InlineData("", "Read more")]
    [InlineData(null, "Read more")]
    public void The_button_label_follows_the_post_language(string? language, string label)
    {
        var post = Compose("T", ["S."], language: language);

        Assert.Equal(label, post.ButtonText);
        Assert.Equal(Url, post.ButtonUrl);
    }

    [Theory]
    [InlineData("ftp://news.example/a")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/world/article")]
    [InlineData("news.example/a")]
    [InlineData("")]
    public void A_link_that_is_not_absolute_http_is_refused(string url) =>
        Assert.Throws<ArgumentException>(() => PostComposer.Compose("T", ["S."], url, null, "en"));

    [Theory]
    [InlineData("ftp://news.example/a.jpg")]
    [InlineData("/img/a.jpg")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("")]
    [InlineData(null)]
    public void An_image_that_is_not_absolute_http_means_a_text_post(string? image)
    {
        var summary = new string('s', 2000) + ".";

        var post = Compose("T", [summary], image);

        Assert.Null(post.PhotoUrl);
        Assert.Equal($"<b>T</b>\n\n{summary}", post.Html);
    }

    [Fact]
    public void Http_images_are_kept_as_photos() =>
        Assert.Equal("http://cdn.example/a.jpg", Compose("T", ["S."], "http://cdn.example/a.jpg").PhotoUrl);

    [Fact]
    public void Empty_sentences_are_skipped_and_whitespace_collapsed() =>
        Assert.Equal("<b>T</b>\n\nOne. Two.", Compose("T", ["", "  One. ", "\n", "Two.\r\n"]).Html);

    [Fact]
    public void Without_a_title_the_summary_stands_alone() =>
        Assert.Equal("Only summary.", Compose(" \n ", ["Only summary."]).Html);

    [Fact]
    public void Without_title_or_summary_the_text_is_the_link() =>
        Assert.Equal("https://news.example/world/2025/article-1?a=1&amp;b=2", Compose("", []).Html);

    [Fact]
    public void Composing_is_deterministic()
    {
        var title = "Same <input> & \"output\"";
        string[] summary = ["First sentence.", new string('w', 1100) + "."];

        Assert.Equal(Compose(title, summary, Image, "uk"), Compose(title, summary, Image, "uk"));
    }

    [Fact]
    public void Random_hostile_text_always_yields_a_valid_post_within_budget()
    {
        var random = new Random(20250101);
        string[] pieces = ["<", ">", "&", "\"", "'", " ", " ", "\n", "\r", "\t", "\u0000", "\u001B", "\uD83D", "\uDE00", "😀", "&amp;", "&#60;", "<b>", "</b>", "é", "слово", "word", "."];
        string Text(int parts) => string.Concat(Enumerable.Range(0, parts).Select(_ => pieces[random.Next(pieces.Length)]));

        for (var i = 0; i < 300; i++)
        {
            var photo = i % 2 == 0;
            var post = Compose(Text(random.Next(0, 1200)), [.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => Text(random.Next(0, 800)))], photo ? Image : null);
            AssertFits(post, photo ? 1024 : 4096);
        }
    }

    /// <summary>A title length that leaves exactly <paramref name="room"/> visible characters for a caption's summary.</summary>
    static int CaptionRoomTitle(int room) => 1024 - 2 - room;
}
