using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NewsBot.Feeds;

/// <summary>Turns feed element content into plain text, HTML or absolute links. Pure.</summary>
internal static partial class FeedText
{
    /// <summary>Whitespace collapsed and trimmed; null when nothing is left.</summary>
    /// <remarks>A hand-written pass: .NET's linear regex engine is slow on long whitespace runs, and the backtracking one is not linear in general.</remarks>
    public static string? Collapse(string? text)
    {
        if (text is null)
            return null;
        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
                space = collapsed.Length > 0;
            else
            {
                if (space)
                    collapsed.Append(' ');
                collapsed.Append(c);
                space = false;
            }
        }
        return collapsed.Length == 0 ? null : collapsed.ToString();
    }

    /// <summary>Plain text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed.</summary>
    public static string? FromHtml(string? html) =>
        html is null ? null : Collapse(WebUtility.HtmlDecode(Tag().Replace(html, m => InlineTags.Contains(m.Groups[1].Value) ? "" : " ")));

    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "u",
    };

    /// <summary>An RSS title: plain text by the spec, yet often escaped HTML in practice.</summary>
    public static string? RssTitle(XElement? element) => FromHtml(element?.Value);

    /// <summary>An element's content as HTML: inline (X)HTML child elements kept as markup, else the text (escaped HTML or CDATA).</summary>
    public static string? Markup(XElement? element)
    {
        if (element is null)
            return null;
        if (!element.HasElements)
            return NullIfBlank(element.Value);
        var nodes = element.Nodes().Select(n => n is XElement e ? WithoutNamespaces(e).ToString(SaveOptions.DisableFormatting) : n.ToString());
        return NullIfBlank(string.Concat(nodes));
    }

    /// <summary>Plain text stored as HTML (Summary holds HTML).</summary>
    public static string? TextAsHtml(string? text) => NullIfBlank(text) is { } t ? WebUtility.HtmlEncode(t.Trim()) : null;

    public static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>An absolute http(s) URL for <paramref name="href"/>, resolved against the xml:base in scope at <paramref name="context"/> and the feed URL.</summary>
    public static string? Resolve(string? href, XElement? context, Uri feedUrl)
    {
        var baseUri = feedUrl;
        if (context is not null)
        {
            foreach (var xmlBase in context.AncestorsAndSelf().Reverse().Select(e => e.Attribute(XNamespace.Xml + "base")))
                if (xmlBase is not null && Absolute(xmlBase.Value, baseUri) is { } rebased)
                    baseUri = rebased;
        }
        var absolute = Absolute(href, baseUri);
        return absolute is { Scheme: "http" or "https" } ? absolute.AbsoluteUri : null;
    }

    /// <summary>An absolute URL as written, only when it needs no base (a guid that stands in for a link).</summary>
    public static string? AbsoluteAsWritten(string? href)
    {
        var text = href?.Trim();
        return HasScheme(text) && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.AbsoluteUri
            : null;
    }

    private static Uri? Absolute(string? href, Uri baseUri)
    {
        var text = href?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        // A leading "/" would parse as a file path on Unix when taken as absolute, so only a scheme makes it absolute.
        if (HasScheme(text))
            return Uri.TryCreate(text, UriKind.Absolute, out var absolute) ? absolute : null;
        return Uri.TryCreate(text, UriKind.Relative, out var relative) && Uri.TryCreate(baseUri, relative, out var resolved)
            ? resolved
            : null;
    }

    private static bool HasScheme(string? text) => text is not null && Scheme().IsMatch(text);

    private static XElement WithoutNamespaces(XElement element)
    {
        var copy = new XElement(element);
        foreach (var e in copy.DescendantsAndSelf())
        {
            e.Name = e.Name.LocalName;
            e.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        }
        return copy;
    }

    /// <summary>A tag or a comment; NonBacktracking, because a backtracking search rescans to the end at every unclosed "&lt;!--".</summary>
    [GeneratedRegex(@"<(?:/?([A-Za-z][A-Za-z0-9]*)[^<>]*|!--.*?--)>", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    internal static partial Regex Tag();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:", RegexOptions.NonBacktracking)]
    internal static partial Regex Scheme();
}
