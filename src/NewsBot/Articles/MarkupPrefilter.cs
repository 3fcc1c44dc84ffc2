using System.Buffers;

namespace NewsBot.Articles;

/// <summary>One cheap pass over the raw page before parsing: drops what is never text and flattens absurd nesting. Pure.</summary>
/// <remarks>
/// Scripts, styles, SVG, noscript, templates, iframes and comments are most of a modern news page's bytes and are removed
/// after parsing anyway, so they are cut before the HTML5 parser sees them; so are nav, aside and footer blocks
/// (the cleaner's first victims) unless they hold a breadcrumb, which the section may come from.
/// An HTML5 parser scans its stack of open elements and its list of active formatting elements at many tokens, so
/// elements left open cost the square of their number. Every start tag goes through a <see cref="NestingModel"/> of
/// the parser's stack; beyond <see cref="MaxDepth"/> open elements, or <see cref="MaxFormatting"/> reopenable
/// formatting elements, start tags (and their end tags) are dropped and their text kept, so parsing stays linear;
/// after <see cref="MaxElements"/> elements the rest of the page is not read, so one page's work is bounded whatever its markup.
/// </remarks>
internal static class MarkupPrefilter
{
    /// <summary>Depth above which tags are dropped; real pages nest a few dozen levels.</summary>
    public const int MaxDepth = 400;

    /// <summary>Active formatting elements (b, i, a, font…) above which more are dropped; the parser reopens each after misnesting.</summary>
    public const int MaxFormatting = 12;

    /// <summary>Elements after which the page is not read further: the largest real pages make about a thousand.</summary>
    public const int MaxElements = 10_000;

    /// <summary>Elements cut with their content; an iframe's content is text to the parser, and removing thousands of iframes from the tree is slow.</summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "svg", "noscript", "template", "iframe",
    };

    /// <summary>Page chrome the cleaner removes anyway; dropped early unless it holds a breadcrumb (the section may come from it).</summary>
    private static readonly HashSet<string> Chrome = new(StringComparer.OrdinalIgnoreCase) { "nav", "aside", "footer" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DroppedNames = Dropped.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChromeNames = Chrome.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The page without scripts, styles, comments and nesting beyond the caps; past <paramref name="maxLength"/> characters of output the rest is not read.</summary>
    /// <remarks>Writes into a pooled buffer: pages are large-object-heap sized, and one fewer such allocation per page matters at hundreds of pages a second.</remarks>
    /// <param name="budget">Checked at every tag, when given.</param>
    public static string Filter(string html, int maxLength = int.MaxValue, PageBudget? budget = null)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(html.Length, 1));
        try
        {
            var model = new NestingModel(MaxDepth, MaxFormatting, MaxElements);
            var (written, copied, text, stop, lookahead) = (0, 0, 0, html.Length, 2 * html.Length);
            var i = html.IndexOf('<');
            while (i >= 0 && i + 1 < html.Length)
            {
                budget?.Check();
                if (written + i - copied >= maxLength || model.Full)
                {
                    stop = i;
                    break;
                }
                if (i > text)
                    model.Text(html.AsSpan(text, i - text).IsWhiteSpace());
                var (end, drop) = Tag(html, i, model, ref lookahead);
                if (drop)
                {
                    html.AsSpan(copied, i - copied).CopyTo(buffer.AsSpan(written));
                    written += i - copied;
                    copied = end;
                }
                text = end;
                i = end < html.Length ? html.IndexOf('<', Math.Max(end, i + 1)) : -1;
            }
            if (copied == 0 && stop == html.Length)
                return html;
            html.AsSpan(copied, stop - copied).CopyTo(buffer.AsSpan(written));
            return new string(buffer, 0, written + stop - copied);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Where the markup starting at <paramref name="start"/> ends, and whether to drop it.</summary>
    /// <param name="lookahead">Characters still allowed for looking ahead for chrome end tags; keeps unclosed or nested chrome linear.</param>
    private static (int End, bool Drop) Tag(string html, int start, NestingModel model, ref int lookahead)
    {
        if (html.AsSpan(start).StartsWith("<!--"))
            return (After(html, "-->", start + 4), true);
        var closing = html[start + 1] == '/';
        var name = TagName(html, closing ? start + 2 : start + 1);
        if (name.Length == 0)
            return html[start + 1] is '/' or '!' or '?' ? (After(html, ">", start + 1), false) : (start + 1, false);
        var close = html.IndexOf('>', start + 1);
        if (close < 0)
            return (html.Length, false);
        if (DroppedNames.Contains(name))
            return closing ? (close + 1, true) : (SkipElement(html, name.ToString(), close + 1), true);
        if (!closing && lookahead > 0 && ChromeNames.Contains(name) && SkipChrome(html, name.ToString(), start, close + 1, ref lookahead) is { } after)
            return (after, true);
        var (known, kind) = HtmlTags.Identify(name);
        if (closing)
            return (close + 1, !model.End(known, kind));
        var attributes = (kind & TagKind.Formatting) != 0 ? html.AsSpan(start + 1 + name.Length, close - start - 1 - name.Length).Trim().TrimEnd('/').ToString() : "";
        if (!model.Start(known, kind, attributes, html[close - 1] == '/'))
            return (close + 1, true);
        return model.IsRawText(kind) ? (RawTextEnd(html, known, close + 1), false) : (close + 1, false);
    }

    /// <summary>Where the content of a textarea, title, xmp, iframe, noembed, noframes (text to the parser) ends; plaintext never ends.</summary>
    private static int RawTextEnd(string html, string name, int from) =>
        name == "plaintext" ? html.Length : SkipElement(html, name, from);

    /// <summary>The position after the end tag of <paramref name="name"/> (or the end of the page when it never closes).</summary>
    private static int SkipElement(string html, string name, int from)
    {
        var endTag = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        return endTag < 0 ? html.Length : After(html, ">", endTag);
    }

    /// <summary>The position after the matching end tag of a nav, aside or footer (nested ones counted), or null to keep it.</summary>
    private static int? SkipChrome(string html, string name, int start, int from, ref int lookahead)
    {
        var nested = 1;
        var at = from;
        while (nested > 0)
        {
            var next = html.IndexOf('<', at);
            lookahead -= (next < 0 ? html.Length : next) - at + 1;
            if (next < 0 || lookahead < 0)
                return null;
            at = next;
            var closing = at + 1 < html.Length && html[at + 1] == '/';
            if (TagName(html, closing ? at + 2 : at + 1).Equals(name, StringComparison.OrdinalIgnoreCase))
                nested += closing ? -1 : 1;
            at++;
        }
        var end = After(html, ">", at);
        lookahead -= end - start;
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
