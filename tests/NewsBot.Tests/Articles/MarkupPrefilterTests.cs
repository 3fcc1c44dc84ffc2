using NewsBot.Articles;

namespace NewsBot.Tests.Articles;

/// <summary>The pass before parsing: scripts, styles and comments go, text stays, absurd nesting is flattened.</summary>
public sealed class MarkupPrefilterTests
{
    [Theory]
    [InlineData("<p>a</p><script>if (a<b) x = '</p>';</script><p>b</p>", "<p>a</p><p>b</p>")]
    [InlineData("<p>a</p><STYLE>p > b { color: red }</STYLE><p>b</p>", "<p>a</p><p>b</p>")]
    [InlineData("<p>a<!-- <div> hidden --></p>", "<p>a</p>")]
    [InlineData("<div><svg><path d='M0'/></svg>Фото</div>", "<div>Фото</div>")]
    [InlineData("<noscript><img src=x></noscript><p>Текст</p>", "<p>Текст</p>")]
    [InlineData("<p>a<script>never closed", "<p>a")]
    [InlineData("<p>Ціна < 5 грн</p>", "<p>Ціна < 5 грн</p>")]
    public void Drops_what_is_never_text(string html, string expected) =>
        Assert.Equal(expected, MarkupPrefilter.Filter(html));

    [Theory]
    [InlineData("<nav><a href=/>Головна</a></nav><p>Текст</p>", "<p>Текст</p>")]
    [InlineData("<nav><nav><a>1</a></nav><a>2</a></nav><p>Текст</p>", "<p>Текст</p>")]
    [InlineData("<aside class=related><ul><li>Читайте також</ul></aside><p>Текст</p><footer>© 2025</footer>", "<p>Текст</p>")]
    [InlineData("<nav aria-label=breadcrumb><a>Політика</a></nav><p>Текст</p>", "<nav aria-label=breadcrumb><a>Політика</a></nav><p>Текст</p>")]
    [InlineData("<nav><ol itemtype='https://schema.org/BreadcrumbList'><li>Спорт</ol></nav>", "<nav><ol itemtype='https://schema.org/BreadcrumbList'><li>Спорт</ol></nav>")]
    [InlineData("<p>Текст<nav><a>never closed", "<p>Текст<nav><a>never closed")]
    public void Drops_navigation_asides_and_footers_but_keeps_breadcrumbs(string html, string expected) =>
        Assert.Equal(expected, MarkupPrefilter.Filter(html));

    [Fact]
    public void Thousands_of_unclosed_navs_keep_their_text_and_only_the_nesting_limit()
    {
        var html = string.Concat(Enumerable.Repeat("<nav><a>x</a>", 3_000));
        var filtered = MarkupPrefilter.Filter(html);
        Assert.Equal(3_000, filtered.Count(c => c == 'x'));
        Assert.Equal(MarkupPrefilter.MaxDepth, Count(filtered, "<nav>"));
    }

    [Fact]
    public void An_ordinary_page_is_kept_as_it_is()
    {
        var html = "<html lang='uk'><head><title>Новини</title></head><body><article><h1>Заголовок</h1><p>Перший<p>Другий<ul><li>Один<li>Два</ul></article></body></html>";
        Assert.Equal(html, MarkupPrefilter.Filter(html));
    }

    [Theory]
    [InlineData("div", true)]
    [InlineData("span", true)]
    [InlineData("div", false)]
    public void Nesting_beyond_the_limit_is_flattened_and_the_text_kept(string tag, bool closed)
    {
        const int depth = 5_000;
        var html = string.Concat(Enumerable.Repeat($"<{tag} class='x'>", depth)) + "Глибоко всередині." +
                   (closed ? string.Concat(Enumerable.Repeat($"</{tag}>", depth)) : "");
        var filtered = MarkupPrefilter.Filter(html);
        Assert.Contains("Глибоко всередині.", filtered, StringComparison.Ordinal);
        Assert.Equal(MarkupPrefilter.MaxDepth, Count(filtered, $"<{tag} "));
        Assert.Equal(closed ? MarkupPrefilter.MaxDepth : 0, Count(filtered, $"</{tag}>"));
    }

    [Fact]
    public void Many_unclosed_paragraphs_are_not_nesting()
    {
        var html = string.Concat(Enumerable.Repeat("<p>Рядок", 5_000));
        Assert.Equal(html, MarkupPrefilter.Filter(html));
    }

    [Theory]
    [InlineData("<div/>")]
    [InlineData("<span/>")]
    [InlineData("<rt>")]
    [InlineData("<rp>")]
    [InlineData("<rb>")]
    [InlineData("<option><div>")]
    [InlineData("<table><tr><td>")]
    public void Tags_the_parser_leaves_open_count_against_the_nesting_limit(string unit)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(unit, 3_000)) + "Текст";
        var filtered = MarkupPrefilter.Filter(html);
        Assert.InRange(filtered.Count(c => c == '<'), 2, MarkupPrefilter.MaxDepth * 3 + 2);
        Assert.EndsWith("Текст", filtered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<ruby>漢<rt>kan</rt>字<rt>ji</ruby>")]
    [InlineData("<ruby>漢<rp>(<rt>kan<rp>)<rb>字<rt>ji</ruby>")]
    [InlineData("<ul><li>Один<li>Два</ul>")]
    [InlineData("<li>Пункт")]
    [InlineData("<dd>Значення")]
    [InlineData("<dl><dt>Термін<dd>Значення</dl>")]
    [InlineData("<select><option>Один<option>Два</select>")]
    [InlineData("<table><tr><td>1<td>2<tr><td>3</table>")]
    [InlineData("<p><b>Жирний<i>курсив</b> текст</i></p>")]
    [InlineData("<math><mi>x</mi><mo>=</mo><mn>1</mn></math>")]
    public void Elements_closed_by_the_parser_do_not_add_up(string unit)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(unit, 1_000));
        Assert.Equal(html, MarkupPrefilter.Filter(html));
    }

    [Fact]
    public void Formatting_elements_the_parser_would_reopen_are_capped()
    {
        var html = "<html><body><div>" + string.Concat(Enumerable.Range(0, 100).Select(i => $"<b class=k{i}>")) +
                   string.Concat(Enumerable.Repeat("</div><div>x", 100));
        var filtered = MarkupPrefilter.Filter(html);
        Assert.Equal(MarkupPrefilter.MaxFormatting, Count(filtered, "<b "));
        Assert.Equal(100, filtered.Count(c => c == 'x'));
    }

    [Fact]
    public void A_run_of_pre_start_tags_is_cut_short()
    {
        var filtered = MarkupPrefilter.Filter("<html><body>" + string.Concat(Enumerable.Repeat("<pre>", 1_000)) + "Текст");
        Assert.InRange(Count(filtered, "<pre>"), 1, 16);
        Assert.EndsWith("Текст", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public void End_tags_that_close_nothing_are_dropped()
    {
        var filtered = MarkupPrefilter.Filter("<html><body><div>" + string.Concat(Enumerable.Repeat("</span></td></li>", 1_000)) + "Текст</div>");
        Assert.Equal("<html><body><div>Текст</div>", filtered);
    }

    [Fact]
    public void A_page_is_read_up_to_the_element_limit()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<p>Рядок</p>", MarkupPrefilter.MaxElements * 2));
        var filtered = MarkupPrefilter.Filter(html);
        Assert.InRange(Count(filtered, "<p>"), MarkupPrefilter.MaxElements - 10, MarkupPrefilter.MaxElements);
    }

    private static int Count(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
