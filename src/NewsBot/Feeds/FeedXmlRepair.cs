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
        repaired = Entity().Replace(repaired, ReplaceEntity);
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

    /// <summary>An HTML entity becomes a character reference; an unknown name or a bare "&amp;" becomes literal text.</summary>
    private static string ReplaceEntity(Match match)
    {
        var name = match.Groups[1].Value;
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
                return RootName().Match(text, i) is { Success: true } m ? m.Index + m.Length : -1;
            if (i < 0)
                return -1;
        }
        return -1;
    }

    [GeneratedRegex(@"<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Doctype();

    /// <summary>The text is already decoded, and a declaration after a comment is what makes some feeds ill-formed.</summary>
    [GeneratedRegex(@"<\?xml\s[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});)(?:([A-Za-z][A-Za-z0-9]{0,31});)?")]
    private static partial Regex Entity();

    [GeneratedRegex(@"xmlns:([A-Za-z_][\w.-]*)\s*=")]
    private static partial Regex DeclaredPrefix();

    [GeneratedRegex(@"</?([A-Za-z_][\w.-]*):[A-Za-z_]|\s([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\s*=")]
    private static partial Regex UsedPrefix();

    [GeneratedRegex(@"\G<[A-Za-z_][\w.:-]*")]
    private static partial Regex RootName();
}
