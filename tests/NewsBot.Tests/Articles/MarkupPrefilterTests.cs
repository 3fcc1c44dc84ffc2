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

    private static int Count(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
