namespace NewsBot.Articles;

/// <summary>What the extractor found on an article page.</summary>
/// <param name="Paragraphs">The main text, one entry per paragraph, plain text, whitespace collapsed.</param>
/// <param name="Image">Lead image (og:image / twitter:image), absolute.</param>
/// <param name="Section">article:section, or a breadcrumb, if any.</param>
/// <param name="Language">Two-letter code ("uk", "ru", "en", ...) or null when unknown.</param>
public sealed record ExtractedPage(
    string? Title,
    IReadOnlyList<string> Paragraphs,
    string? Image,
    string? Section,
    string? Language,
    string? CanonicalUrl)
{
    /// <summary>The main text, paragraphs separated by a blank line (the `text` of `summarize --json`).</summary>
    public string Text => string.Join("\n\n", Paragraphs);
}
