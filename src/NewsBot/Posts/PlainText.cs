using System.Text;

namespace NewsBot.Posts;

/// <summary>Plain-text shaping before escaping: whitespace collapsing and cutting at a word boundary. Pure.</summary>
internal static class PlainText
{
    internal const char Ellipsis = '…';

    /// <summary>Cleans <paramref name="text"/> for Telegram and collapses every run of whitespace (newlines too) to one space, trimmed.</summary>
    internal static string Collapse(string? text)
    {
        var clean = TelegramHtml.Clean(text ?? "");
        var collapsed = new StringBuilder(clean.Length);
        var space = false;
        foreach (var c in clean)
        {
            if (char.IsWhiteSpace(c)) { space = collapsed.Length > 0; continue; }
            if (space) collapsed.Append(' ');
            collapsed.Append(c);
            space = false;
        }
        return collapsed.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> if it fits <paramref name="max"/> UTF-16 units; else its longest prefix ending at a word
    /// boundary plus "…" (a hard cut, never inside a surrogate pair, when the first word alone is too long); "" when max &lt; 2.
    /// </summary>
    internal static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        if (max < 2) return "";
        var limit = max - 1;
        var space = text.LastIndexOf(' ', limit);
        var cut = space > 0 ? space : char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        var head = text.AsSpan(0, cut);
        var trimmed = head.TrimEnd(" ,;:-–—");
        if (!trimmed.IsEmpty) head = trimmed;
        return head.IsEmpty ? "" : string.Concat(head, [Ellipsis]);
    }
}
