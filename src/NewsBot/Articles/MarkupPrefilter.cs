using System.Buffers;

namespace NewsBot.Articles;

/// <summary>One cheap pass over the raw page before parsing: drops what is never text and flattens absurd nesting. Pure.</summary>
/// <remarks>
/// Scripts, styles, SVG, noscript, templates and comments are most of a modern news page's bytes and are removed
/// after parsing anyway, so they are cut before the HTML5 parser sees them (half the parse time).
/// An HTML5 parser also checks its stack of open elements at many start tags, so ten thousand nested &lt;div&gt;s
/// cost seconds; beyond <see cref="MaxDepth"/> open elements further start and end tags are dropped and their
/// text kept. Elements whose end tag is optional (p, li, td…) and void elements are not counted.
/// </remarks>
internal static class MarkupPrefilter
{
    /// <summary>Depth above which tags are dropped; real pages nest a few dozen levels.</summary>
    public const int MaxDepth = 400;

    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "td", "th", "tr", "dt", "dd", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt",
        "rp", "html", "head", "body", "title", "textarea",
    };

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "svg", "noscript", "template",
    };

    /// <summary>The page without scripts, styles, comments and nesting beyond <see cref="MaxDepth"/>.</summary>
    /// <remarks>Writes into a pooled buffer: pages are large-object-heap sized, and one fewer such allocation per page matters at hundreds of pages a second.</remarks>
    public static string Filter(string html)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(html.Length, 1));
        try
        {
            var (written, copied, depth) = (0, 0, 0);
            var i = html.IndexOf('<');
            while (i >= 0 && i + 1 < html.Length)
            {
                var (end, drop) = Tag(html, i, ref depth);
                if (drop)
                {
                    html.AsSpan(copied, i - copied).CopyTo(buffer.AsSpan(written));
                    written += i - copied;
                    copied = end;
                }
                i = end < html.Length ? html.IndexOf('<', Math.Max(end, i + 1)) : -1;
            }
            if (copied == 0)
                return html;
            html.AsSpan(copied).CopyTo(buffer.AsSpan(written));
            return new string(buffer, 0, written + html.Length - copied);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Where the markup starting at <paramref name="start"/> ends, and whether to drop it.</summary>
    private static (int End, bool Drop) Tag(string html, int start, ref int depth)
    {
        if (html.AsSpan(start).StartsWith("<!--"))
            return (After(html, "-->", start + 4), true);
        var close = html.IndexOf('>', start + 1);
        if (close < 0)
            return (html.Length, false);
        var closing = html[start + 1] == '/';
        var name = TagName(html, closing ? start + 2 : start + 1);
        if (name.Length == 0 || Uncounted.Contains(name))
            return (close + 1, false);
        if (Dropped.Contains(name))
            return closing ? (close + 1, true) : (SkipElement(html, name, close + 1), true);
        if (html[close - 1] == '/')
            return (close + 1, false);
        var tooDeep = closing ? depth > MaxDepth : depth + 1 > MaxDepth;
        depth = Math.Max(closing ? depth - 1 : depth + 1, 0);
        return (close + 1, tooDeep);
    }

    /// <summary>The position after the end tag of <paramref name="name"/> (or the end of the page when it never closes).</summary>
    private static int SkipElement(string html, string name, int from)
    {
        var endTag = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        return endTag < 0 ? html.Length : After(html, ">", endTag);
    }

    private static int After(string html, string marker, int from)
    {
        var at = html.IndexOf(marker, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + marker.Length;
    }

    private static string TagName(string html, int from)
    {
        var to = from;
        while (to < html.Length && to - from < 16 && char.IsAsciiLetterOrDigit(html[to]))
            to++;
        return to > from && char.IsAsciiLetter(html[from]) ? html[from..to] : "";
    }
}
