using System.Text;

namespace NewsBot.Posts;

/// <summary>Telegram's HTML parse mode: escaping outside text and measuring text length after entity parsing. Pure.</summary>
public static class TelegramHtml
{
    /// <summary>Escapes &lt; &gt; &amp; and &quot; — the only named entities Telegram knows.</summary>
    /// <remarks>Also applies <see cref="Clean"/>, so the escaped text never carries characters Telegram rejects.</remarks>
    public static string Escape(string text)
    {
        var clean = Clean(text);
        if (clean.AsSpan().IndexOfAny("&<>\"") < 0) return clean;
        var html = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            if (c == '&') html.Append("&amp;");
            else if (c == '<') html.Append("&lt;");
            else if (c == '>') html.Append("&gt;");
            else if (c == '"') html.Append("&quot;");
            else html.Append(c);
        }
        return html.ToString();
    }

    /// <summary>Plain text in bold: <c>&lt;b&gt;escaped&lt;/b&gt;</c>.</summary>
    public static string Bold(string text) => $"<b>{Escape(text)}</b>";

    /// <summary>Plain text without what Telegram rejects: C0 controls other than \n and \t are dropped (\r\n and lone \r become \n), unpaired surrogates become U+FFFD.</summary>
    /// <remarks>Keeps length except for dropped controls, so measuring the cleaned text measures the sent text.</remarks>
    public static string Clean(string text)
    {
        if (!NeedsCleaning(text)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r') { if (i + 1 >= text.Length || text[i + 1] != '\n') clean.Append('\n'); }
            else if (c < ' ' && c is not '\n' and not '\t') continue;
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) clean.Append(c).Append(text[++i]);
            else clean.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return clean.ToString();
    }

    /// <summary>Cuts Telegram HTML into messages of at most <paramref name="limit"/> visible characters, at line breaks (list items and
    /// paragraphs stay whole); a single line longer than that is sent as plain text cut at a word. Pure.</summary>
    public static IReadOnlyList<string> Split(string html, int limit)
    {
        if (VisibleLength(html) <= limit) return [html];
        var parts = new List<string>();
        var current = new StringBuilder();
        var currentLength = 0;
        foreach (var raw in html.Split('\n'))
        {
            var lines = VisibleLength(raw) <= limit ? [raw] : CutLine(raw, limit);
            foreach (var line in lines)
            {
                var length = VisibleLength(line);
                if (current.Length > 0 && currentLength + 1 + length > limit)
                {
                    parts.Add(current.ToString().TrimEnd('\n'));
                    current.Clear();
                    currentLength = 0;
                }
                if (current.Length > 0) { current.Append('\n'); currentLength++; }
                current.Append(line);
                currentLength += length;
            }
        }
        if (current.ToString().Trim().Length > 0) parts.Add(current.ToString().TrimEnd('\n'));
        return parts.Where(p => p.Trim().Length > 0).ToList();
    }

    /// <summary>A line over the limit, as plain text (its tags dropped) cut at words into escaped pieces.</summary>
    static IEnumerable<string> CutLine(string line, int limit)
    {
        var text = System.Net.WebUtility.HtmlDecode(StripTags(line));
        while (text.Length > 0)
        {
            var piece = PlainText.Shorten(text, limit);
            var taken = piece.Length == text.Length ? text.Length : piece.Length - 1;
            yield return Escape(piece);
            text = text[Math.Min(taken, text.Length)..].TrimStart();
        }
    }

    static string StripTags(string html)
    {
        var text = new StringBuilder(html.Length);
        for (var i = 0; i < html.Length;)
        {
            if (html[i] == '<') { i = SkipTag(html, i); continue; }
            text.Append(html[i++]);
        }
        return text.ToString();
    }

    /// <summary>The length Telegram counts: tags removed, entities decoded, in UTF-16 code units.</summary>
    /// <remarks>Mirrors tdlib's parser: the named entities lt, gt, amp, quot and numeric ones (the ';' is optional); an '&amp;' that starts no entity counts as itself.</remarks>
    public static int VisibleLength(string html)
    {
        var length = 0;
        for (var i = 0; i < html.Length;)
        {
            if (html[i] == '<') { i = SkipTag(html, i); continue; }
            if (html[i] == '&' && TryEntity(html, i, out var codePoint, out var next))
            {
                length += codePoint > 0xFFFF ? 2 : 1;
                i = next;
                continue;
            }
            length++;
            i++;
        }
        return length;
    }

    static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not '\n' and not '\t') return true;
            if (!char.IsSurrogate(c)) continue;
            if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return true;
            i++;
        }
        return false;
    }

    static int SkipTag(string html, int start)
    {
        var quote = '\0';
        for (var i = start + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return i + 1;
        }
        return html.Length;
    }

    static bool TryEntity(string html, int start, out int codePoint, out int next)
    {
        var end = start + 1;
        codePoint = 0;
        if (end < html.Length && html[end] == '#')
        {
            var hex = ++end < html.Length && html[end] is 'x' or 'X';
            if (hex) end++;
            for (; end < html.Length && end - start < 10 && IsDigit(html[end], hex); end++)
                codePoint = codePoint * (hex ? 16 : 10) + DigitValue(html[end]);
            if (codePoint is <= 0 or >= 0x10FFFF || end - start >= 10) { next = start; return false; }
        }
        else
        {
            while (end < html.Length && char.IsAsciiLetter(html[end])) end++;
            codePoint = html.AsSpan(start + 1, end - start - 1) switch { "lt" => '<', "gt" => '>', "amp" => '&', "quot" => '"', _ => 0 };
            if (codePoint == 0) { next = start; return false; }
        }
        next = end < html.Length && html[end] == ';' ? end + 1 : end;
        return true;
    }

    static bool IsDigit(char c, bool hex) => hex ? char.IsAsciiHexDigit(c) : char.IsAsciiDigit(c);

    static int DigitValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
