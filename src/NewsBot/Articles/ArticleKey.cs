using System.Security.Cryptography;
using System.Text;
using NewsBot.Feeds;

namespace NewsBot.Articles;

/// <summary>An article's identity (SPEC §3.2): its GUID, else its canonical URL, else a hash of title and date. Pure.</summary>
public static class ArticleKey
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "yclid", "msclkid", "mc_cid", "mc_eid", "_ga", "_gl", "igshid",
        "ref", "ref_src", "ref_url", "cmpid", "ocid", "spm", "smid", "share", "at_medium", "at_campaign",
    };

    /// <summary>Keys are indexed, and LiteDB refuses an index key over 1,023 bytes; a longer key is kept as its prefix and a hash.</summary>
    public const int MaxKeyBytes = 512;

    public static string For(FeedItem item, Uri feedUrl)
    {
        var id = item.Id?.Trim();
        if (!string.IsNullOrEmpty(id))
            return Bounded(Uri.TryCreate(id, UriKind.Absolute, out var idUrl) && IsHttp(idUrl)
                ? "url:" + Canonical(idUrl)
                : $"id:{feedUrl.Host}:{id}");
        if (Uri.TryCreate(item.Link, UriKind.Absolute, out var link) && IsHttp(link))
            return Bounded("url:" + Canonical(link));
        return "hash:" + Hash($"{item.Title?.Trim()}|{item.Published?.ToUniversalTime():O}");
    }

    /// <summary>The key an editor's URL is published under (the same as a feed item linking there).</summary>
    public static string ForUrl(Uri url) => Bounded("url:" + Canonical(url));

    /// <summary>A key that fits the index: as it is, or its first 200 characters, "#" and a hash of the whole (distinct keys stay distinct).</summary>
    public static string Bounded(string key) =>
        Encoding.UTF8.GetByteCount(key) <= MaxKeyBytes ? key : key[..200] + "#" + Hash(key);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    /// <summary>The URL with scheme and host lower-cased, default port, fragment and tracking parameters removed.</summary>
    public static string Canonical(Uri url)
    {
        var query = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p.Split('=')[0]));
        var builder = new UriBuilder(url) { Fragment = "", Query = string.Join('&', query) };
        if (builder.Uri.IsDefaultPort) builder.Port = -1;
        return builder.Uri.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);

    private static bool IsHttp(Uri url) => url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps;
}
