using System.Net;
using System.Text;

namespace NewsBot.Playground;

/// <summary>A message as a Telegram client shows it, in HTML for the playground page: the visible text with its entities as tags,
/// everything else escaped, links only to http(s). Pure.</summary>
internal static class MessageHtml
{
    /// <summary>The text of a message the bot sent with a parse_mode: HTML is parsed the way the Bot API parses it.</summary>
    public static string Render(string body, string? parseMode, Func<string, string?> link)
    {
        if (!string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase)) return WebUtility.HtmlEncode(body);
        var parsed = HtmlChecker.Check(body);
        return parsed.Ok ? Render(parsed.Text, parsed.Entities, link) : WebUtility.HtmlEncode(body);
    }

    /// <summary>Text and entities (UTF-16 offsets, nested as Telegram nests them) to HTML; <paramref name="link"/> maps a link's URL to
    /// the address to show, or null to show no link.</summary>
    public static string Render(string text, IReadOnlyList<TextEntity> entities, Func<string, string?> link)
    {
        var html = new StringBuilder(text.Length + 32 * entities.Count);
        var order = entities.Where(e => e.Length > 0).OrderBy(e => e.Offset).ThenByDescending(e => e.Length).ToList();
        var cuts = order.SelectMany(e => new[] { e.Offset, e.Offset + e.Length }).Append(0).Append(text.Length)
            .Where(c => c >= 0 && c <= text.Length).Distinct().Order().ToList();
        var open = new List<TextEntity>();
        var next = 0;
        for (var c = 0; c < cuts.Count; c++)
        {
            Close(html, open, cuts[c], link);
            while (next < order.Count && order[next].Offset == cuts[c])
            {
                html.Append(OpenTag(order[next], link));
                open.Add(order[next++]);
            }
            // Text between two cuts in one piece, so a surrogate pair is never split.
            if (c + 1 < cuts.Count) html.Append(WebUtility.HtmlEncode(text[cuts[c]..cuts[c + 1]]));
        }
        return html.ToString();
    }

    /// <summary>Closes the entities that end at <paramref name="at"/>; one that ends under a longer-lived one is closed with those above it,
    /// which are opened again, so the tags always nest.</summary>
    private static void Close(StringBuilder html, List<TextEntity> open, int at, Func<string, string?> link)
    {
        var first = open.FindIndex(e => e.Offset + e.Length <= at);
        if (first < 0) return;
        var above = open.Skip(first).ToList();
        for (var k = above.Count - 1; k >= 0; k--) html.Append(CloseTag(above[k], link));
        open.RemoveRange(first, above.Count);
        foreach (var again in above.Where(e => e.Offset + e.Length > at))
        {
            html.Append(OpenTag(again, link));
            open.Add(again);
        }
    }

    private static string OpenTag(TextEntity e, Func<string, string?> link) => e.Type switch
    {
        "bold" => "<b>",
        "italic" => "<i>",
        "underline" => "<u>",
        "strikethrough" => "<s>",
        "spoiler" => """<span class="spoiler">""",
        "code" => "<code>",
        "pre" => "<pre>",
        "blockquote" or "expandable_blockquote" => "<blockquote>",
        "text_link" when e.Url is not null && link(e.Url) is { } href =>
            $"""<a href="{WebUtility.HtmlEncode(href)}" target="_blank" rel="noopener noreferrer">""",
        _ => "<span>",
    };

    private static string CloseTag(TextEntity e, Func<string, string?> link) => OpenTag(e, link) switch
    {
        var tag when tag.StartsWith("<a ", StringComparison.Ordinal) => "</a>",
        var tag when tag.StartsWith("<span", StringComparison.Ordinal) => "</span>",
        var tag => "</" + tag[1..],
    };
}
