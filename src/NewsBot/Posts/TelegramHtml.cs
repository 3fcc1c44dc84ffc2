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
