using NewsBot.Articles;
using NewsBot.Feeds;

namespace NewsBot.Summaries;

/// <summary>Combines an extracted page and a feed item into a <see cref="Story"/> with its summary. Pure.</summary>
public static class StoryBuilder
{
    /// <summary>Telegram's caption limit; summaries are fitted to it whether or not the post has a photo.</summary>
    public const int CaptionLimit = 1024;

    /// <param name="page">The article page as extracted, or null when it could not be fetched.</param>
    /// <param name="item">The feed's item, or null for a page given directly (an editor's URL, the summarize verb).</param>
    /// <param name="section">The configured section (the feed's Name), which wins over the page's own.</param>
    /// <param name="sentences">A fixed summary length (evaluation), instead of fitting the caption.</param>
    public static Story Build(string url, ExtractedPage? page, FeedItem? item, string? section, int? sentences = null)
    {
        var paragraphs = page is { Paragraphs.Count: > 0 } ? page.Paragraphs : FeedText(item);
        var title = Clean(item?.Title) ?? Clean(page?.Title) ?? FirstWords(paragraphs) ?? url;
        var language = page?.Language ?? LanguageDetector.Detect(title + "\n" + string.Join("\n", paragraphs));
        var budget = Math.Max(CaptionLimit - title.Length - 2, 0);
        var summary = Summarizer.Summarize(paragraphs, language, budget, sentences);
        var image = page?.Image ?? item?.ImageUrl;
        return new Story(url, title, summary, string.Join("\n\n", paragraphs), image, language,
            section ?? page?.Section ?? item?.Categories.FirstOrDefault());
    }

    /// <summary>The feed item's description as paragraphs; one too costly to extract is read as plain text, one paragraph.</summary>
    private static IReadOnlyList<string> FeedText(FeedItem? item)
    {
        if (string.IsNullOrWhiteSpace(item?.Summary))
            return [];
        try
        {
            return Extractor.Extract($"<html><body><article>{item.Summary}</article></body></html>", null).Paragraphs;
        }
        catch (ExtractionBudgetExceededException)
        {
            return Feeds.FeedText.FromHtml(item.Summary) is { } text ? [text] : [];
        }
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? FirstWords(IReadOnlyList<string> paragraphs) =>
        paragraphs.Count == 0 ? null : string.Join(' ', paragraphs[0].Split(' ').Take(12));
}
