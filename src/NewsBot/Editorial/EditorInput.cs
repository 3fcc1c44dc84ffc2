using System.Globalization;

namespace NewsBot.Editorial;

/// <summary>Parses editors' command arguments; null means "answer with the usage hint" (or, for ids and URLs, say what is wrong). Pure.</summary>
public static class EditorInput
{
    /// <summary>An absolute http(s) URL, also written as &lt;url&gt;.</summary>
    public static Uri? Url(string text) =>
        Uri.TryCreate(text.Trim().Trim('<', '>'), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Host.Length > 0 ? url : null;

    /// <summary>An id as /queue, /sources and /stats show it: 12 or #12.</summary>
    public static long? Id(string text) =>
        long.TryParse(text.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    /// <summary>/post, /preview, /delete: exactly one word.</summary>
    public static string? OneWord(string args) => args.Length > 0 && !args.Any(char.IsWhiteSpace) ? args : null;

    /// <summary>/schedule &lt;when&gt; &lt;url&gt;: the time expression (every word but the last) and the URL text (the last word).</summary>
    public static (string When, string Url)? Schedule(string args)
    {
        var words = Words(args);
        return words.Length < 2 ? null : (string.Join(' ', words[..^1]), words[^1]);
    }

    /// <summary>/reschedule &lt;id&gt; &lt;when&gt;: the id text and the time expression.</summary>
    public static (string Id, string When)? Reschedule(string args)
    {
        var words = Words(args);
        return words.Length < 2 ? null : (words[0], string.Join(' ', words[1..]));
    }

    /// <summary>/addsource &lt;url&gt; [name]: the URL text and the display name, if any.</summary>
    public static (string Url, string? Name)? AddSource(string args)
    {
        var words = Words(args);
        return words.Length == 0 ? null : (words[0], words.Length > 1 ? string.Join(' ', words[1..]) : null);
    }

    private static string[] Words(string args) => args.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
