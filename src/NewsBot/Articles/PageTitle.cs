using AngleSharp.Dom;

namespace NewsBot.Articles;

/// <summary>Finds the headline: og:title, else the first h1, else &lt;title&gt;, without a " | Site" or " - Site" suffix.</summary>
internal static class PageTitle
{
    private static readonly string[] Separators = [" | ", " - ", " — ", " – ", " :: ", " « ", " » ", " / ", " · "];

    /// <summary>The cleaned headline of <paramref name="document"/>, or null.</summary>
    public static string? Find(IDocument document, Dictionary<string, string> meta, string? siteName)
    {
        var og = Collapse(PageMetadata.First(meta, "og:title", "twitter:title"));
        if (og is not null)
            return StripSite(og, siteName, guess: false);
        var h1 = Collapse(document.QuerySelector("h1")?.TextContent);
        if (h1 is not null)
            return h1;
        return StripSite(Collapse(document.Title), siteName, guess: true);
    }

    /// <summary>Drops a trailing site name; with <paramref name="guess"/> also a short last segment after a long head.</summary>
    public static string? StripSite(string? title, string? siteName, bool guess)
    {
        if (title is null)
            return null;
        for (var round = 0; round < 2; round++)
        {
            var (head, tail) = SplitLast(title);
            if (head is null || tail is null)
                break;
            var strip = IsSiteName(tail, siteName) || (guess && Words(tail) <= 4 && Words(head) >= 3);
            if (!strip)
                break;
            title = head;
        }
        return title;
    }

    private static (string? Head, string? Tail) SplitLast(string title)
    {
        var best = -1;
        var length = 0;
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > best)
                (best, length) = (at, separator.Length);
        }
        return best <= 0 ? (null, null) : (title[..best].Trim(), title[(best + length)..].Trim());
    }

    private static bool IsSiteName(string tail, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(siteName))
            return false;
        var a = Letters(tail);
        var b = Letters(siteName);
        return a.Length > 0 && b.Length > 0 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));
    }

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string? Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
