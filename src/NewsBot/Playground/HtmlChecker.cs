using System.Globalization;
using System.Text;

namespace NewsBot.Playground;

/// <summary>A formatting entity Telegram derives from HTML: offsets and lengths in UTF-16 code units.</summary>
internal sealed record TextEntity(string Type, int Offset, int Length, string? Url = null, string? Language = null, string? CustomEmojiId = null);

/// <summary>The outcome of parsing Telegram HTML: visible text and entities, or Telegram's error description.</summary>
internal sealed record HtmlCheck(string Text, IReadOnlyList<TextEntity> Entities, string? Error)
{
    public bool Ok => Error is null;
}

/// <summary>
/// Parses text the way the Bot API parses parse_mode=HTML, strictly: only Telegram's tags, proper nesting,
/// and only &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric entities (stricter than Telegram, which keeps an unknown
/// "&amp;name;" literally — a post relying on that is a bug in the composer).
/// </summary>
internal static class HtmlChecker
{
    private static readonly Dictionary<string, string> EntityTypes = new(StringComparer.Ordinal)
    {
        ["b"] = "bold", ["strong"] = "bold", ["i"] = "italic", ["em"] = "italic",
        ["u"] = "underline", ["ins"] = "underline", ["s"] = "strikethrough", ["strike"] = "strikethrough",
        ["del"] = "strikethrough", ["span"] = "spoiler", ["tg-spoiler"] = "spoiler", ["a"] = "text_link",
        ["code"] = "code", ["pre"] = "pre", ["blockquote"] = "blockquote", ["tg-emoji"] = "custom_emoji",
    };

    private sealed record OpenTag(string Name, int Start, Dictionary<string, string> Attributes)
    {
        public string? CodeLanguage { get; set; }
    }

    private sealed class ParseError(string message) : Exception(message);

    /// <summary>Parses <paramref name="html"/>; on failure <see cref="HtmlCheck.Error"/> holds the text after "can't parse entities: ".</summary>
    public static HtmlCheck Check(string html)
    {
        var text = new StringBuilder(html.Length);
        var entities = new List<TextEntity>();
        var open = new Stack<OpenTag>();
        try
        {
            for (var i = 0; i < html.Length;)
            {
                i = html[i] switch
                {
                    '&' => DecodeEntity(html, i, text),
                    '<' when i + 1 < html.Length && html[i + 1] == '/' => CloseTag(html, i, text, open, entities),
                    '<' => OpenTagAt(html, i, text, open),
                    _ => Append(html, i, text),
                };
            }
            if (open.Count > 0)
                throw new ParseError($"Can't find end tag corresponding to start tag \"{open.Peek().Name}\"");
        }
        catch (ParseError e)
        {
            return new HtmlCheck("", [], e.Message);
        }
        entities.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
        return new HtmlCheck(text.ToString(), entities, null);
    }

    private static int Append(string html, int i, StringBuilder text)
    {
        text.Append(html[i]);
        return i + 1;
    }

    private static int DecodeEntity(string html, int i, StringBuilder text)
    {
        var end = html.IndexOf(';', i);
        var name = end < 0 || end - i > 10 ? "" : html[(i + 1)..end];
        var decoded = name switch
        {
            "lt" => "<", "gt" => ">", "amp" => "&", "quot" => "\"",
            _ when name.StartsWith("#x", StringComparison.OrdinalIgnoreCase) => CodePoint(name[2..], NumberStyles.AllowHexSpecifier),
            _ when name.StartsWith('#') => CodePoint(name[1..], NumberStyles.None),
            _ => null,
        };
        if (decoded is null)
        {
            var shown = end < 0 || end - i > 10 ? "&" : html[i..(end + 1)];
            throw new ParseError($"Unsupported HTML entity \"{shown}\" at byte offset {ByteOffset(html, i)}");
        }
        text.Append(decoded);
        return end + 1;
    }

    private static string? CodePoint(string digits, NumberStyles style)
    {
        if (digits.Length == 0 || !int.TryParse(digits, style, CultureInfo.InvariantCulture, out var value)) return null;
        if (value <= 0 || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF) return null;
        return char.ConvertFromUtf32(value);
    }

    private static int OpenTagAt(string html, int i, StringBuilder text, Stack<OpenTag> open)
    {
        var nameEnd = NameEnd(html, i + 1);
        var name = html[(i + 1)..nameEnd].ToLowerInvariant();
        if (!EntityTypes.ContainsKey(name))
            throw new ParseError($"Unsupported start tag \"{name}\" at byte offset {ByteOffset(html, i)}");
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var pos = ReadAttributes(html, nameEnd, name, i, attributes);
        Validate(html, i, name, attributes);
        var tag = new OpenTag(name, text.Length, attributes);
        if (name == "code" && open.TryPeek(out var parent) && parent.Name == "pre"
            && attributes.TryGetValue("class", out var cls) && cls.StartsWith("language-", StringComparison.Ordinal))
            parent.CodeLanguage = cls["language-".Length..];
        open.Push(tag);
        return pos;
    }

    private static int ReadAttributes(string html, int pos, string tag, int tagStart, Dictionary<string, string> attributes)
    {
        while (true)
        {
            pos = SkipSpaces(html, pos);
            if (pos >= html.Length) throw new ParseError($"Unclosed start tag at byte offset {ByteOffset(html, tagStart)}");
            if (html[pos] == '>') return pos + 1;
            var nameEnd = NameEnd(html, pos);
            if (nameEnd == pos)
                throw new ParseError($"Empty attribute name in the tag \"{tag}\" at byte offset {ByteOffset(html, pos)}");
            var name = html[pos..nameEnd].ToLowerInvariant();
            pos = SkipSpaces(html, nameEnd);
            if (pos < html.Length && html[pos] == '=')
            {
                (attributes[name], pos) = ReadValue(html, SkipSpaces(html, pos + 1), tagStart);
            }
            else attributes[name] = "";
        }
    }

    private static (string Value, int Next) ReadValue(string html, int pos, int tagStart)
    {
        if (pos >= html.Length) throw new ParseError($"Unclosed start tag at byte offset {ByteOffset(html, tagStart)}");
        var quote = html[pos];
        int start, end;
        if (quote is '"' or '\'')
        {
            start = pos + 1;
            end = html.IndexOf(quote, start);
            if (end < 0) throw new ParseError($"Unclosed start tag at byte offset {ByteOffset(html, tagStart)}");
        }
        else
        {
            start = pos;
            end = start;
            while (end < html.Length && !char.IsWhiteSpace(html[end]) && html[end] != '>') end++;
        }
        var raw = html[start..end];
        var decoded = new StringBuilder();
        for (var i = 0; i < raw.Length;) i = raw[i] == '&' ? DecodeEntity(raw, i, decoded) : Append(raw, i, decoded);
        return (decoded.ToString(), quote is '"' or '\'' ? end + 1 : end);
    }

    private static void Validate(string html, int i, string name, Dictionary<string, string> attributes)
    {
        if (name == "span" && (!attributes.TryGetValue("class", out var cls) || cls != "tg-spoiler"))
            throw new ParseError($"Tag \"span\" must have class \"tg-spoiler\" at byte offset {ByteOffset(html, i)}");
        if (name == "tg-emoji" && (!attributes.TryGetValue("emoji-id", out var id) || !long.TryParse(id, out _)))
            throw new ParseError("Custom emoji entity must contain a valid custom emoji identifier");
    }

    private static int CloseTag(string html, int i, StringBuilder text, Stack<OpenTag> open, List<TextEntity> entities)
    {
        var nameEnd = NameEnd(html, i + 2);
        var name = html[(i + 2)..nameEnd].ToLowerInvariant();
        var pos = SkipSpaces(html, nameEnd);
        if (pos >= html.Length || html[pos] != '>') throw new ParseError($"Unclosed end tag at byte offset {ByteOffset(html, i)}");
        if (open.Count == 0) throw new ParseError($"Unexpected end tag at byte offset {ByteOffset(html, i)}");
        var tag = open.Pop();
        if (tag.Name != name)
            throw new ParseError($"Unmatched end tag at byte offset {ByteOffset(html, i)}, expected \"</{tag.Name}>\", found \"</{name}>\"");
        var entity = ToEntity(tag, text.Length - tag.Start, open.TryPeek(out var parent) ? parent : null);
        if (entity is not null) entities.Add(entity);
        return pos + 1;
    }

    private static TextEntity? ToEntity(OpenTag tag, int length, OpenTag? parent)
    {
        if (length == 0) return null;
        var attrs = tag.Attributes;
        return tag.Name switch
        {
            "a" => attrs.TryGetValue("href", out var href) && href.Length > 0 ? new TextEntity("text_link", tag.Start, length, Url: href) : null,
            "code" when parent?.Name == "pre" && parent.CodeLanguage is not null => null,
            "pre" => new TextEntity("pre", tag.Start, length, Language: tag.CodeLanguage),
            "blockquote" when attrs.ContainsKey("expandable") => new TextEntity("expandable_blockquote", tag.Start, length),
            "tg-emoji" => new TextEntity("custom_emoji", tag.Start, length, CustomEmojiId: attrs["emoji-id"]),
            _ => new TextEntity(EntityTypes[tag.Name], tag.Start, length),
        };
    }

    private static int NameEnd(string html, int pos)
    {
        while (pos < html.Length && (char.IsAsciiLetterOrDigit(html[pos]) || html[pos] is '-' or '_')) pos++;
        return pos;
    }

    private static int SkipSpaces(string html, int pos)
    {
        while (pos < html.Length && char.IsWhiteSpace(html[pos])) pos++;
        return pos;
    }

    private static int ByteOffset(string html, int index) => Encoding.UTF8.GetByteCount(html.AsSpan(0, index));
}
