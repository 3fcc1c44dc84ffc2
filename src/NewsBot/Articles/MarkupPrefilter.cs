using System.Buffers;

namespace NewsBot.Articles;

/// <summary>One cheap pass over the raw page before parsing: drops what is never text and flattens absurd nesting. Pure.</summary>
/// <remarks>
/// Scripts, styles, SVG, noscript, templates and comments are most of a modern news page's bytes and are removed
/// after parsing anyway, so they are cut before the HTML5 parser sees them; so are nav, aside and footer blocks
/// (the cleaner's first victims) unless they hold a breadcrumb, which the section may come from.
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

    /// <summary>Page chrome the cleaner removes anyway; dropped early unless it holds a breadcrumb (the section may come from it).</summary>
    private static readonly HashSet<string> Chrome = new(StringComparer.OrdinalIgnoreCase) { "nav", "aside", "footer" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UncountedNames = Uncounted.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DroppedNames = Dropped.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChromeNames = Chrome.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The page without scripts, styles, comments and nesting beyond <see cref="MaxDepth"/>.</summary>
    /// <remarks>Writes into a pooled buffer: pages are large-object-heap sized, and one fewer such allocation per page matters at hundreds of pages a second.</remarks>
    public static string Filter(string html)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(html.Length, 1));
        try
        {
            var (written, copied, depth, budget) = (0, 0, 0, 2 * html.Length);
            var i = html.IndexOf('<');
            while (i >= 0 && i + 1 < html.Length)
            {
                var (end, drop) = Tag(html, i, ref depth, ref budget);
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
    /// <param name="budget">Characters still allowed for looking ahead for chrome end tags; keeps unclosed or nested chrome linear.</param>
    private static (int End, bool Drop) Tag(string html, int start, ref int depth, ref int budget)
    {
        if (html.AsSpan(start).StartsWith("<!--"))
            return (After(html, "-->", start + 4), true);
        var close = html.IndexOf('>', start + 1);
        if (close < 0)
            return (html.Length, false);
        var closing = html[start + 1] == '/';
        var name = TagName(html, closing ? start + 2 : start + 1);
        if (name.Length == 0 || UncountedNames.Contains(name))
            return (close + 1, false);
        if (DroppedNames.Contains(name))
            return closing ? (close + 1, true) : (SkipElement(html, name.ToString(), close + 1), true);
        if (!closing && budget > 0 && ChromeNames.Contains(name) && SkipChrome(html, name.ToString(), start, close + 1, ref budget) is { } after)
            return (after, true);
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

    /// <summary>The position after the matching end tag of a nav, aside or footer (nested ones counted), or null to keep it.</summary>
    private static int? SkipChrome(string html, string name, int start, int from, ref int budget)
    {
        var nested = 1;
        var at = from;
        while (nested > 0)
        {
            var next = html.IndexOf('<', at);
            budget -= (next < 0 ? html.Length : next) - at + 1;
            if (next < 0 || budget < 0)
                return null;
            at = next;
            var closing = at + 1 < html.Length && html[at + 1] == '/';
            if (TagName(html, closing ? at + 2 : at + 1).Equals(name, StringComparison.OrdinalIgnoreCase))
                nested += closing ? -1 : 1;
            at++;
        }
        var end = After(html, ">", at);
        budget -= end - start;
        return html.AsSpan(start, end - start).Contains("breadcrumb", StringComparison.OrdinalIgnoreCase) ? null : end;
    }

    private static int After(string html, string marker, int from)
    {
        var at = html.IndexOf(marker, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + marker.Length;
    }

    private static ReadOnlySpan<char> TagName(string html, int from)
    {
        var to = from;
        while (to < html.Length && to - from < 16 && char.IsAsciiLetterOrDigit(html[to]))
            to++;
        return to > from && char.IsAsciiLetter(html[from]) ? html.AsSpan(from, to - from) : [];
    }
}
