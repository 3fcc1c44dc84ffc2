using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Feeds;

/// <summary>Fixes what commonly makes real feeds ill-formed: junk before the root, a DOCTYPE, invalid characters, HTML entities, bare ampersands and undeclared prefixes. Pure.</summary>
internal static partial class FeedXmlRepair
{
    /// <summary>Well-known extension prefixes get their real namespace so their elements still mean something.</summary>
    private static readonly Dictionary<string, string> KnownPrefixes = new()
    {
        ["atom"] = FeedNamespaces.Atom10.NamespaceName,
        ["content"] = FeedNamespaces.Content.NamespaceName,
        ["dc"] = FeedNamespaces.Dc.NamespaceName,
        ["media"] = FeedNamespaces.Media.NamespaceName,
        ["sy"] = FeedNamespaces.Sy.NamespaceName,
        ["itunes"] = "http://www.itunes.com/dtds/podcast-1.0.dtd",
    };

    public static string Repair(string text)
    {
        var start = text.IndexOf('<');
        var repaired = start < 0 ? "" : text[start..];
        repaired = Doctype().Replace(repaired, "");
        repaired = XmlDeclaration().Replace(repaired, "");
        repaired = WithoutInvalidChars(repaired);
        repaired = ReplaceEntities(repaired);
        return DeclarePrefixes(repaired);
    }

    private static string WithoutInvalidChars(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                builder.Append(c).Append(text[++i]);
            else if (c is '\t' or '\n' or '\r' or (>= ' ' and < '\uD800') or (>= '\uE000' and <= '\uFFFD'))
                builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Every "&amp;" that does not start one of XML's five entities or a character reference is repaired by <see cref="ReplaceEntity"/>.</summary>
    /// <remarks>A hand-written scan (one pass, each "&amp;" looked at once) where a regex would need a lookahead, which the linear engine lacks.</remarks>
    internal static string ReplaceEntities(string text)
    {
        var at = text.IndexOf('&');
        if (at < 0)
            return text;
        var builder = new StringBuilder(text.Length + 64);
        var copied = 0;
        for (; at >= 0; at = text.IndexOf('&', at + 1))
        {
            if (IsXmlReference(text, at + 1))
                continue;
            var name = EntityName(text, at + 1);
            builder.Append(text, copied, at - copied).Append(ReplaceEntity(name));
            copied = at + 1 + (name.Length > 0 ? name.Length + 1 : 0);
        }
        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>amp, lt, gt, quot, apos, #digits (up to 7) or #xhex (up to 6), then ";".</summary>
    private static bool IsXmlReference(string text, int from)
    {
        foreach (var name in XmlEntities)
            if (string.CompareOrdinal(text, from, name, 0, name.Length) == 0)
                return true;
        if (from >= text.Length || text[from] != '#')
            return false;
        var hex = from + 1 < text.Length && text[from + 1] == 'x';
        var start = hex ? from + 2 : from + 1;
        var end = start;
        while (end < text.Length && end - start < (hex ? 6 : 7) && (hex ? char.IsAsciiHexDigit(text[end]) : char.IsAsciiDigit(text[end])))
            end++;
        return end > start && end < text.Length && text[end] == ';';
    }

    private static readonly string[] XmlEntities = ["amp;", "lt;", "gt;", "quot;", "apos;"];

    /// <summary>A name of a letter and up to 31 letters or digits followed by ";" (without it), or "".</summary>
    private static string EntityName(string text, int from)
    {
        if (from >= text.Length || !char.IsAsciiLetter(text[from]))
            return "";
        var end = from + 1;
        while (end < text.Length && end - from < 33 && char.IsAsciiLetterOrDigit(text[end]))
            end++;
        return end - from <= 32 && end < text.Length && text[end] == ';' ? text[from..end] : "";
    }

    /// <summary>An HTML entity becomes a character reference; an unknown name or a bare "&amp;" becomes literal text.</summary>
    private static string ReplaceEntity(string name)
    {
        if (name.Length > 0)
        {
            var decoded = WebUtility.HtmlDecode($"&{name};");
            if (decoded != $"&{name};")
                return string.Concat(decoded.EnumerateRunes().Select(r => $"&#{r.Value};"));
        }
        return name.Length > 0 ? $"&amp;{name};" : "&amp;";
    }

    private static string DeclarePrefixes(string text)
    {
        var declared = DeclaredPrefix().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();
        var missing = UsedPrefix().Matches(text).Select(m => m.Groups[1].Value + m.Groups[2].Value)
            .Where(p => p is not ("xml" or "xmlns") && !declared.Contains(p)).Distinct().ToList();
        var rootEnd = RootNameEnd(text);
        if (missing.Count == 0 || rootEnd < 0)
            return text;
        var declarations = missing.Select(p => $" xmlns:{p}=\"{KnownPrefixes.GetValueOrDefault(p, "urn:x-undeclared:" + p)}\"");
        return text.Insert(rootEnd, string.Concat(declarations));
    }

    /// <summary>Where the root element's name ends, skipping the declaration, comments and processing instructions.</summary>
    private static int RootNameEnd(string text)
    {
        var i = 0;
        while ((i = text.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
                i = text.IndexOf("-->", i, StringComparison.Ordinal);
            else if (i + 1 < text.Length && text[i + 1] is '?' or '!')
                i = text.IndexOf('>', i);
            else
                return RootName().Match(text, i, text.Length - i) is { Success: true } m ? m.Index + m.Length : -1;
            if (i < 0)
                return -1;
        }
        return -1;
    }

    /// <remarks>These run on whole feeds (up to the 10 MB fetch cap), so all are NonBacktracking: linear in the text, where a
    /// backtracking search rescans to the end at every unclosed "&lt;!DOCTYPE [" or "&lt;?xml ".</remarks>
    [GeneratedRegex(@"<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    internal static partial Regex Doctype();

    /// <summary>The text is already decoded, and a declaration after a comment is what makes some feeds ill-formed.</summary>
    [GeneratedRegex(@"<\?xml\s[^>]*\?>", RegexOptions.NonBacktracking)]
    internal static partial Regex XmlDeclaration();

    [GeneratedRegex(@"xmlns:([A-Za-z_][\w.-]*)\s*=", RegexOptions.NonBacktracking)]
    internal static partial Regex DeclaredPrefix();

    [GeneratedRegex(@"</?([A-Za-z_][\w.-]*):[A-Za-z_]|\s([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\s*=", RegexOptions.NonBacktracking)]
    internal static partial Regex UsedPrefix();

    /// <summary>The root's name at the start of the given range (Match with a start and a length anchors "^" there).</summary>
    [GeneratedRegex(@"^<[A-Za-z_][\w.:-]*", RegexOptions.NonBacktracking)]
    internal static partial Regex RootName();
}
