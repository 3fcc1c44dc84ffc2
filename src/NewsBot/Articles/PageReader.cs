using NewsBot.Network;

namespace NewsBot.Articles;

/// <summary>Fetches an article page and extracts it.</summary>
public sealed class PageReader(WebFetcher fetcher)
{
    /// <exception cref="FetchException">The page could not be fetched, is not HTML, or took over <see cref="Extractor.CpuBudget"/> to extract.</exception>
    public async Task<ExtractedPage> ReadAsync(Uri url, CancellationToken ct)
    {
        var response = await fetcher.GetAsync(url, null, ct);
        if (response.MediaType is { } type && !type.Contains("html", StringComparison.OrdinalIgnoreCase))
            throw new FetchException($"not an HTML page ({type})");
        return Extract(response.Body, response.Charset, response.FinalUrl);
    }

    /// <summary>Decodes and extracts a page; one that takes too long to extract fails like a page that did not load.</summary>
    /// <exception cref="FetchException">The page took over <see cref="Extractor.CpuBudget"/> of CPU time to extract.</exception>
    public static ExtractedPage Extract(byte[] body, string? headerCharset, Uri? url) =>
        Extract(body, headerCharset, url, new PageBudget(Extractor.CpuBudget));

    internal static ExtractedPage Extract(byte[] body, string? headerCharset, Uri? url, PageBudget budget)
    {
        var html = Charset.Decode(body, Charset.ForHtml(body, headerCharset));
        try
        {
            return Extractor.Extract(html, url, budget);
        }
        catch (ExtractionBudgetExceededException e)
        {
            throw new FetchException(e.Message, e);
        }
    }
}
