using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Network;

/// <summary>Chooses the text encoding of a response: BOM, then the Content-Type charset, then the document's own declaration, then a guess from the bytes. Pure.</summary>
public static partial class Charset
{
    static Charset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>For XML: BOM, header charset, &lt;?xml encoding?&gt;, else UTF-8 when the bytes are valid UTF-8, else a guess (KOI8-R/U, windows-1251 or windows-1252).</summary>
    public static Encoding ForXml(ReadOnlySpan<byte> bytes, string? headerCharset) =>
        FromBom(bytes) ?? Named(headerCharset) ?? Utf16WithoutBom(bytes) ?? Declared(XmlDeclaration(bytes)) ?? Guess(bytes);

    /// <summary>For HTML: BOM, header charset, &lt;meta charset&gt; / http-equiv in the first 4 KB, else UTF-8 when valid, else a guess as for XML.</summary>
    public static Encoding ForHtml(ReadOnlySpan<byte> bytes, string? headerCharset) =>
        FromBom(bytes) ?? Named(headerCharset) ?? Declared(MetaCharset(bytes)) ?? Guess(bytes);

    /// <summary>Decodes with the given encoding, dropping a byte-order mark.</summary>
    public static string Decode(byte[] bytes, Encoding encoding)
    {
        var preamble = encoding.Preamble;
        var skip = preamble.Length > 0 && bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        var text = encoding.GetString(bytes, skip, bytes.Length - skip);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>The encoding a charset label names, or null when the label is empty, unknown or unsupported (UTF-7, which .NET refuses and WHATWG Encoding does not list). ISO-8859-1 and ASCII labels read as windows-1252 (WHATWG Encoding).</summary>
    internal static Encoding? Named(string? label)
    {
        var name = label?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
            return null;
        name = name switch
        {
            "utf8" or "unicode-1-1-utf-8" => "utf-8",
            "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" => "windows-1252",
            "cp1251" or "win-1251" or "x-cp1251" => "windows-1251",
            "koi8r" or "koi8" => "koi8-r",
            "koi8u" => "koi8-u",
            _ => name,
        };
        if (name == "utf-8")
            return Utf8;
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static Encoding? FromBom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Utf8,
        [0xFF, 0xFE, 0, 0, ..] => Encoding.UTF32,
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    /// <summary>"&lt;?" written in UTF-16 without a BOM (XML 1.0 Appendix F).</summary>
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [(byte)'<', 0, (byte)'?', 0, ..] => Encoding.Unicode,
        [0, (byte)'<', 0, (byte)'?', ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    /// <summary>A label found inside ASCII-compatible bytes cannot truly mean UTF-16/32, so those read as UTF-8 (as browsers do).</summary>
    private static Encoding? Declared(string? label)
    {
        var encoding = Named(label);
        return encoding is UnicodeEncoding or UTF32Encoding ? Utf8 : encoding;
    }

    private static string? XmlDeclaration(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 1024)]).TrimStart();
        if (!head.StartsWith("<?xml", StringComparison.Ordinal))
            return null;
        var end = head.IndexOf("?>", StringComparison.Ordinal);
        var match = EncodingAttribute().Match(end > 0 ? head[..end] : head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Valid UTF-8 stays UTF-8; otherwise byte statistics tell Cyrillic from Western text, and KOI8 from windows-1251.</summary>
    internal static Encoding Guess(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return Utf8;
        if (!LooksCyrillic(bytes))
            return Encoding.GetEncoding("windows-1252");
        int koiLower = 0, cp1251Lower = 0, ukrainian = 0;
        foreach (var b in bytes)
        {
            if (b is >= 0xC0 and <= 0xDF) koiLower++;
            else if (b >= 0xE0) cp1251Lower++;
            else if (b is 0xA4 or 0xA6 or 0xA7 or 0xAD or 0xB4 or 0xB6 or 0xB7 or 0xBD) ukrainian++;
        }
        // Lower case dominates running text: KOI8 keeps it in C0-DF, windows-1251 in E0-FF.
        if (koiLower <= cp1251Lower)
            return Encoding.GetEncoding("windows-1251");
        return Encoding.GetEncoding(ukrainian > 0 ? "koi8-u" : "koi8-r");
    }

    /// <summary>Cyrillic words are made almost wholly of high bytes; Western words carry an accent here and there.</summary>
    private static bool LooksCyrillic(ReadOnlySpan<byte> bytes)
    {
        int cyrillicWords = 0, westernWords = 0, high = 0, ascii = 0;
        foreach (var b in bytes)
        {
            if (b >= 0xC0) high++;
            else if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z')) ascii++;
            else
            {
                Count(high, ascii, ref cyrillicWords, ref westernWords);
                high = ascii = 0;
            }
        }
        Count(high, ascii, ref cyrillicWords, ref westernWords);
        return cyrillicWords > westernWords;
    }

    private static void Count(int high, int ascii, ref int cyrillicWords, ref int westernWords)
    {
        if (high == 0)
            return;
        if (high > ascii) cyrillicWords++;
        else westernWords++;
    }

    [GeneratedRegex("""encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", RegexOptions.NonBacktracking)]
    internal static partial Regex EncodingAttribute();

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    internal static partial Regex MetaCharsetPattern();
}
