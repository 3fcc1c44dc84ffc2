using System.Text;

namespace NewsBot.Network;

/// <summary>Chooses the text encoding of a response: BOM, then the Content-Type charset, then the document's own declaration. Pure.</summary>
public static class Charset
{
    /// <summary>For XML: BOM, header charset, &lt;?xml encoding?&gt;, else UTF-8 (falling back to windows-1252 when the bytes are not valid UTF-8).</summary>
    public static Encoding ForXml(ReadOnlySpan<byte> bytes, string? headerCharset) => throw new NotImplementedException();

    /// <summary>For HTML: BOM, header charset, &lt;meta charset&gt; / http-equiv in the first 4 KB, else UTF-8.</summary>
    public static Encoding ForHtml(ReadOnlySpan<byte> bytes, string? headerCharset) => throw new NotImplementedException();

    /// <summary>Decodes with the given encoding, dropping a byte-order mark.</summary>
    public static string Decode(byte[] bytes, Encoding encoding) => throw new NotImplementedException();
}
