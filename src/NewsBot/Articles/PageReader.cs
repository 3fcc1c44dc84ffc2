using NewsBot.Network;

namespace NewsBot.Articles;

/// <summary>Fetches an article page and extracts it.</summary>
public sealed class PageReader(WebFetcher fetcher)
{
    /// <exception cref="FetchException">The page could not be fetched or is not HTML.</exception>
    public async Task<ExtractedPage> ReadAsync(Uri url, CancellationToken ct)
    {
        var response = await fetcher.GetAsync(url, null, ct);
        if (response.MediaType is { } type && !type.Contains("html", StringComparison.OrdinalIgnoreCase))
            throw new FetchException($"not an HTML page ({type})");
        return Extract(response.Body, response.Charset, response.FinalUrl);
    }

    public static ExtractedPage Extract(byte[] body, string? headerCharset, Uri? url)
    {
        var html = Charset.Decode(body, Charset.ForHtml(body, headerCharset));
        return Extractor.Extract(html, url);
    }
}
