using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace NewsBot.Articles;

/// <summary>Finds the main text, title, lead image, section and language of a news page. Pure.</summary>
public static class Extractor
{
    /// <summary>Below this many characters the first pass is retried without stripping unlikely-looking elements (as Readability does).</summary>
    private const int RetryBelow = 250;

    /// <summary>Markup beyond this (after scripts and styles are cut) is not read: no article is that long, and it bounds the time one page can take.</summary>
    public const int MaxMarkup = 1_000_000;

    /// <summary>The CPU time one page may take to extract (see <see cref="PageBudget"/>).</summary>
    /// <remarks>A real article takes a few milliseconds and the worst page the hostile benchmark knows about 0.2 s
    /// (compilation by the JIT, which the first page in a process pays, is not counted).</remarks>
    public static readonly TimeSpan CpuBudget = TimeSpan.FromSeconds(1);

    /// <param name="html">The decoded page.</param>
    /// <param name="pageUrl">The page's URL, for resolving relative image links.</param>
    /// <exception cref="ExtractionBudgetExceededException">The page took more than <see cref="CpuBudget"/> of CPU time.</exception>
    public static ExtractedPage Extract(string html, Uri? pageUrl) => Extract(html, pageUrl, new PageBudget(CpuBudget));

    internal static ExtractedPage Extract(string html, Uri? pageUrl, PageBudget budget)
    {
        html = MarkupPrefilter.Filter(html ?? "", MaxMarkup, budget);
        if (html.Length > MaxMarkup)
            html = html[..MaxMarkup];
        budget.CheckNow();
        var document = Parse(html, budget);
        var meta = PageMetadata.Read(document, pageUrl);
        var paragraphs = MainText(document, meta.Title, stripUnlikely: true, budget);
        if (paragraphs.Sum(p => p.Length) < RetryBelow)
        {
            var retry = MainText(Parse(html, budget), meta.Title, stripUnlikely: false, budget);
            if (retry.Sum(p => p.Length) > paragraphs.Sum(p => p.Length))
                paragraphs = retry;
        }
        paragraphs = paragraphs.Where(Readable.IsReadable).ToList();
        var title = Readable.IsReadable(meta.Title) ? meta.Title : null;
        var language = meta.Language ?? LanguageDetector.Detect(string.Join(' ', paragraphs));
        return new ExtractedPage(title, paragraphs, meta.Image, meta.Section, language, meta.CanonicalUrl);
    }

    /// <summary>Attributes any stage reads; the rest (data-*, event handlers, srcset…) are never materialised, which saves a fifth of the parse.</summary>
    private static readonly HashSet<string> UsedAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "class", "id", "style", "hidden", "aria-hidden", "aria-label", "role", "lang", "xml:lang", "href", "src", "rel",
        "name", "property", "content", "http-equiv", "charset", "itemtype", "itemprop",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UsedLookup = UsedAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HtmlParserOptions Options = new()
    {
        DisableElementPositionTracking = true,
        SkipComments = true,
        ShouldEmitAttribute = (ref StructHtmlToken _, ReadOnlyMemory<char> name) => UsedLookup.Contains(name.Span),
    };

    /// <summary>Parses with the budget checked at each element the parser creates (an exception there ends the parse).</summary>
    private static IDocument Parse(string html, PageBudget budget)
    {
        var options = Options;
        options.OnCreated = (_, _) => budget.Check();
        var document = new HtmlParser(options).ParseDocument(html);
        budget.CheckNow();
        return document;
    }

    private static List<string> MainText(IDocument document, string? title, bool stripUnlikely, PageBudget budget)
    {
        if (document.Body is not { } body)
            return [];
        PageCleaner.Clean(body, stripUnlikely);
        budget.CheckNow();
        var stats = TextStats.Measure(body);
        var picked = ContentPicker.Pick(body, stats);
        budget.CheckNow();
        var length = picked.Sum(e => stats.GetValueOrDefault(e)?.Length ?? 0);
        foreach (var element in picked)
            ContentCleaner.Clean(element, stats, length);
        budget.CheckNow();
        var paragraphs = BlockCollector.Collect(picked, title);
        budget.CheckNow();
        return paragraphs;
    }
}
