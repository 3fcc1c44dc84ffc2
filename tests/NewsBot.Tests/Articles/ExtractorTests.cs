using NewsBot.Articles;

namespace NewsBot.Tests.Articles;

/// <summary>Extraction rules on small hand-written pages: chrome and boilerplate out, metadata read and resolved.</summary>
public sealed class ExtractorTests
{
    private const string Body =
        "<p>Київська міська рада ухвалила бюджет на наступний рік, збільшивши видатки на освіту і транспорт.</p>" +
        "<p>Депутати обговорювали документ понад шість годин, а опозиція запропонувала власні поправки до нього.</p>" +
        "<p>Міський голова заявив, що нові школи відкриють уже восени, якщо підрядники виконають свої зобов'язання.</p>";

    private static string Page(string head, string article) =>
        $"<html><head>{head}</head><body>" +
        "<header><nav><a href='/'>Головна</a><a href='/news'>Новини</a></nav></header>" +
        $"<div class='article-body'>{article}</div>" +
        "<aside><p>Найпопулярніше за тиждень: десять новин, які ви могли пропустити, і ще кілька цікавих історій.</p></aside>" +
        "<footer><p>© 2025 Новини. Усі права захищено. Використання матеріалів лише з дозволу редакції сайту.</p></footer>" +
        "</body></html>";

    [Fact]
    public void Keeps_article_paragraphs_and_drops_navigation_aside_and_footer()
    {
        var page = Extractor.Extract(Page("", Body), null);
        Assert.Equal(3, page.Paragraphs.Count);
        Assert.StartsWith("Київська міська рада", page.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Drops_bylines_dates_captions_read_also_share_subscribe_and_tags()
    {
        var article =
            "<div class='byline'>Автор: Іван Петренко</div><time>12 березня 2025</time>" +
            "<figure><img src='a.jpg'><figcaption>Сесія міськради. Фото: Прес-служба</figcaption></figure>" + Body +
            "<p>Фото: Олена Коваль / УНІАН</p>" +
            "<p><strong>Читайте також:</strong> <a href='/x'>Як змінилися тарифи на проїзд у столиці цього року</a></p>" +
            "<p>Читайте также: что изменилось в тарифах</p>" +
            "<div class='share-buttons'><a href='#'>Facebook</a><a href='#'>Telegram</a></div>" +
            "<p>Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини.</p>" +
            "<div class='tags'><a href='/t/1'>бюджет</a><a href='/t/2'>Київ</a></div>" +
            "<ul class='related'><li><a href='/r1'>Інша новина про бюджет міста на наступний рік</a></li></ul>";
        var page = Extractor.Extract(Page("", article), null);
        Assert.Equal(3, page.Paragraphs.Count);
        Assert.DoesNotContain(page.Paragraphs, p => p.Contains("Фото", StringComparison.Ordinal) || p.Contains("Читайте", StringComparison.Ordinal)
            || p.Contains("Автор", StringComparison.Ordinal) || p.Contains("Telegram", StringComparison.Ordinal) || p.Contains("березня", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_metadata_and_resolves_the_image_against_base()
    {
        const string head =
            "<title>Бюджет Києва ухвалено | Новини</title><base href='https://cdn.example/img/'>" +
            "<meta property='og:image' content='lead.jpg'><meta property='article:section' content='Київ'>" +
            "<link rel='canonical' href='https://news.example/kyiv/budget'>";
        var page = Extractor.Extract(Page(head, Body), new Uri("https://news.example/x"));
        Assert.Equal("Бюджет Києва ухвалено", page.Title);
        Assert.Equal("https://cdn.example/img/lead.jpg", page.Image);
        Assert.Equal("Київ", page.Section);
        Assert.Equal("https://news.example/kyiv/budget", page.CanonicalUrl);
        Assert.Equal("uk", page.Language);
    }

    [Fact]
    public void Title_prefers_og_title_without_the_site_suffix_then_h1()
    {
        var og = Extractor.Extract(Page("<meta property='og:site_name' content='Новини'><meta property='og:title' content='Бюджет ухвалено - Новини'>", Body), null);
        Assert.Equal("Бюджет ухвалено", og.Title);
        var h1 = Extractor.Extract(Page("<title>Щось інше | Новини</title>", "<h1>Заголовок статті</h1>" + Body), null);
        Assert.Equal("Заголовок статті", h1.Title);
        Assert.DoesNotContain("Заголовок статті", h1.Paragraphs);
    }

    [Fact]
    public void Section_falls_back_to_the_breadcrumb_and_canonical_to_og_url()
    {
        const string crumbs = "<ol class='breadcrumbs'><li><a href='/'>Головна</a></li><li><a href='/economy'>Економіка</a></li></ol>";
        var html = Page("<meta property='og:url' content='https://news.example/a'>", Body).Replace("<body>", "<body>" + crumbs, StringComparison.Ordinal);
        var page = Extractor.Extract(html, null);
        Assert.Equal("Економіка", page.Section);
        Assert.Equal("https://news.example/a", page.CanonicalUrl);
    }

    [Theory]
    [InlineData("<html lang='uk-UA'>", "uk")]
    [InlineData("<html><head><meta property='og:locale' content='ru_RU'></head>", "ru")]
    [InlineData("<html><head><meta http-equiv='content-language' content='en-GB'></head>", "en")]
    public void Declared_language_is_normalised_to_two_letters(string opening, string expected)
    {
        var page = Extractor.Extract(opening + "<body><article>" + Body + "</article></body></html>", null);
        Assert.Equal(expected, page.Language);
    }

    [Fact]
    public void Undeclared_russian_is_detected_from_the_text()
    {
        const string russian = "<p>Городская дума утвердила бюджет на следующий год, увеличив расходы на школы и транспорт.</p>" +
                               "<p>Депутаты обсуждали документ более шести часов, это был самый длинный день этой сессии.</p>";
        Assert.Equal("ru", Extractor.Extract("<body><article>" + russian + "</article></body>", null).Language);
    }
}
