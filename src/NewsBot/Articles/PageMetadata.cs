using AngleSharp.Dom;

namespace NewsBot.Articles;

/// <summary>What a page says about itself in its head: title, site name, image, section, language, canonical URL.</summary>
internal sealed record PageMetadata(string? Title, string? Image, string? Section, string? Language, string? CanonicalUrl)
{
    /// <summary>Reads the metadata of <paramref name="document"/> before any cleaning.</summary>
    public static PageMetadata Read(IDocument document, Uri? pageUrl)
    {
        var meta = MetaTags(document);
        var baseUrl = BaseUrl(document, pageUrl);
        var siteName = First(meta, "og:site_name", "application-name", "twitter:site");
        return new PageMetadata(
            PageTitle.Find(document, meta, siteName),
            Absolute(First(meta, "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"), baseUrl),
            First(meta, "article:section", "og:article:section") ?? Breadcrumb.Section(document),
            DeclaredLanguage(document, meta),
            Absolute(Link(document, "canonical") ?? First(meta, "og:url"), baseUrl));
    }

    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("http-equiv");
            var content = element.GetAttribute("content")?.Trim();
            if (!string.IsNullOrEmpty(key) && !string.IsNullOrEmpty(content))
                meta.TryAdd(key.Trim(), content);
        }
        return meta;
    }

    internal static string? First(Dictionary<string, string> meta, params string[] keys) =>
        keys.Select(meta.GetValueOrDefault).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static string? DeclaredLanguage(IDocument document, Dictionary<string, string> meta) =>
        new[]
        {
            document.DocumentElement?.GetAttribute("lang"), document.DocumentElement?.GetAttribute("xml:lang"),
            First(meta, "og:locale"), First(meta, "content-language", "language", "dc.language"),
        }.Select(LanguageDetector.Normalize).FirstOrDefault(l => l is not null);

    private static string? Link(IDocument document, string rel) =>
        document.QuerySelectorAll("link[rel][href]")
            .FirstOrDefault(l => l.GetAttribute("rel")!.Split(' ').Contains(rel, StringComparer.OrdinalIgnoreCase))
            ?.GetAttribute("href");

    private static Uri? BaseUrl(IDocument document, Uri? pageUrl)
    {
        var href = document.QuerySelector("base[href]")?.GetAttribute("href");
        if (href is null)
            return pageUrl;
        if (pageUrl is not null && Uri.TryCreate(pageUrl, href, out var combined))
            return combined;
        return Uri.TryCreate(href, UriKind.Absolute, out var absolute) ? absolute : pageUrl;
    }

    private static string? Absolute(string? url, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(url))
            return null;
        url = url.Trim();
        if (url.StartsWith("//", StringComparison.Ordinal))
            url = (baseUrl?.Scheme ?? "https") + ":" + url;
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return absolute.AbsoluteUri;
        return baseUrl is not null && Uri.TryCreate(baseUrl, url, out var resolved) ? resolved.AbsoluteUri : null;
    }
}
