namespace NewsBot.Articles;

/// <summary>Finds the main text, title, lead image, section and language of a news page. Pure.</summary>
public static class Extractor
{
    /// <param name="html">The decoded page.</param>
    /// <param name="pageUrl">The page's URL, for resolving relative image links.</param>
    public static ExtractedPage Extract(string html, Uri? pageUrl) => throw new NotImplementedException();
}
