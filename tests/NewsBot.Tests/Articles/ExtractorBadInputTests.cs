using System.Text;
using NewsBot.Articles;

namespace NewsBot.Tests.Articles;

/// <summary>Hostile or broken pages yield an ExtractedPage (maybe empty), never an exception.</summary>
public sealed class ExtractorBadInputTests
{
    [Fact]
    public void Empty_string_gives_an_empty_page()
    {
        var page = Extractor.Extract("", null);
        Assert.Empty(page.Paragraphs);
        Assert.Null(page.Title);
        Assert.Null(page.Language);
    }

    [Fact]
    public void A_page_of_only_images_has_no_paragraphs_but_keeps_its_image()
    {
        var html = "<html><head><meta property='og:image' content='/lead.jpg'></head><body>" +
                   string.Concat(Enumerable.Repeat("<div><img src='a.jpg'><img src='b.jpg'></div>", 20)) + "</body></html>";
        var page = Extractor.Extract(html, new Uri("https://news.example/a/1"));
        Assert.Empty(page.Paragraphs);
        Assert.Equal("https://news.example/lead.jpg", page.Image);
    }

    [Fact]
    public void A_five_megabyte_page_is_extracted_up_to_the_markup_cap()
    {
        var paragraph = "<p>The council approved the new budget on Tuesday, after a long debate about schools, roads and parks.</p>";
        var html = new StringBuilder("<html lang='en'><body><article>");
        while (html.Length < 5_000_000)
            html.Append(paragraph);
        html.Append("</article></body></html>");
        var page = Extractor.Extract(html.ToString(), null);
        var cap = Math.Min(Extractor.MaxMarkup / paragraph.Length, MarkupPrefilter.MaxElements);
        Assert.InRange(page.Paragraphs.Count, cap - 10, cap + 1);
        Assert.Equal("en", page.Language);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("b")]
    [InlineData("section")]
    public void Ten_thousand_levels_of_nesting_do_not_overflow_the_stack(string tag)
    {
        var depth = 10_000;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat($"<{tag}>", depth)) +
                   "<p>Deep inside the page there is still a sentence worth reading, with commas, clauses and words.</p>" +
                   string.Concat(Enumerable.Repeat($"</{tag}>", depth)) + "</body></html>";
        var page = Extractor.Extract(html, null);
        Assert.NotNull(page);
    }

    [Fact]
    public void Binary_garbage_gives_a_page_without_throwing()
    {
        var random = new Random(42);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        var garbage = Encoding.Latin1.GetString(bytes);
        var page = Extractor.Extract(garbage, new Uri("https://news.example/"));
        Assert.NotNull(page.Paragraphs);
    }

    [Fact]
    public void A_page_served_as_utf7_is_read_as_if_undeclared()
    {
        var html = "<html><head><meta charset='utf-7'></head><body><article><p>The council approved the new budget on Tuesday, after a long debate about schools, roads and parks.</p></article></body></html>";
        var page = PageReader.Extract(Encoding.UTF8.GetBytes(html), "utf-7", new Uri("https://news.example/a/1"));
        Assert.Single(page.Paragraphs);
    }

    [Fact]
    public void Unknown_language_is_null()
    {
        var html = "<html><body><article><p>" + string.Concat(Enumerable.Repeat("xq zv kkr plm 12 34 ", 30)) + "</p></article></body></html>";
        var page = Extractor.Extract(html, null);
        Assert.Single(page.Paragraphs);
        Assert.Null(page.Language);
    }
}
