namespace NewsBot.Web;

/// <summary>The `Web` section (SPEC §2): where health, metrics, the dashboard and the playground listen.</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>One URL or several separated by ';', as Kestrel takes them: http://localhost:8080, http://0.0.0.0:8080, http://+:8080.</summary>
    public string Urls { get; set; } = "http://localhost:8080";

    public IReadOnlyList<string> UrlList => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static IEnumerable<string> Check(WebOptions o)
    {
        if (o.UrlList.Count == 0) yield return "Web:Urls must name at least one URL, e.g. http://localhost:8080.";
        foreach (var url in o.UrlList)
        {
            // Kestrel's wildcard hosts (+, *) are not URI hosts; any host stands in for them here.
            var probe = url.Replace("://+", "://any", StringComparison.Ordinal).Replace("://*", "://any", StringComparison.Ordinal);
            if (!Uri.TryCreate(probe, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/")
                yield return $"Web:Urls: '{url}' must be an http(s) URL with a host and port and no path, e.g. http://localhost:8080.";
        }
    }
}
