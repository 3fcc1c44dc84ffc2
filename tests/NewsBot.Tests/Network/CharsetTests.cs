using System.Text;
using NewsBot.Network;

namespace NewsBot.Tests.Network;

/// <summary>Which encoding wins: BOM, then header, then the document's declaration, then a guess from the bytes.</summary>
public class CharsetTests
{
    private static readonly Encoding Cp1251 = CodePages("windows-1251");

    private const string Russian = "Новости дня: правительство утвердило новый бюджет, а погода в столице остаётся тёплой";

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss/>", null, "windows-1251")]
    [InlineData("<?xml version='1.0' encoding='KOI8-R'?><rss/>", null, "koi8-r")]
    [InlineData("<?xml version=\"1.0\" encoding=\"koi8-u\"?><rss/>", null, "koi8-u")]
    [InlineData("<?xml version=\"1.0\" encoding=\"ISO-8859-5\"?><rss/>", null, "iso-8859-5")]
    [InlineData("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss/>", null, "windows-1252")]
    [InlineData("<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss/>", null, "windows-1252")]
    [InlineData("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss/>", "koi8-r", "koi8-r")]
    [InlineData("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss/>", "\"UTF-8\"", "utf-8")]
    [InlineData("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss/>", "no-such-charset", "windows-1251")]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-16\"?><rss/>", null, "utf-8")]
    [InlineData("<?xml version=\"1.0\" encoding=\"bogus\"?><rss/>", null, "utf-8")]
    [InlineData("<rss/>", null, "utf-8")]
    [InlineData("", null, "utf-8")]
    public void Header_beats_declaration_which_beats_the_default(string document, string? header, string expected)
    {
        Assert.Equal(expected, Charset.ForXml(Encoding.ASCII.GetBytes(document), header).WebName);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF-7")]
    [InlineData("unicode-1-1-utf-7")]
    [InlineData("csUnicode11UTF7")]
    public void A_utf7_label_which_dotnet_refuses_is_ignored_like_an_unknown_one(string label)
    {
        Assert.Equal("windows-1251", Charset.ForXml(Encoding.ASCII.GetBytes($"<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss/>"), label).WebName);
        Assert.Equal("utf-8", Charset.ForXml(Encoding.ASCII.GetBytes($"<?xml version=\"1.0\" encoding=\"{label}\"?><rss/>"), null).WebName);
        Assert.Equal("utf-8", Charset.ForHtml(Encoding.ASCII.GetBytes($"<meta charset=\"{label}\"><p>Hello</p>"), label).WebName);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "utf-8")]
    [InlineData(new byte[] { 0xFF, 0xFE }, "utf-16")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "utf-16BE")]
    public void Byte_order_mark_beats_header_and_declaration(byte[] bom, string expected)
    {
        var bytes = bom.Concat(Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"windows-1251\"?>")).ToArray();

        Assert.Equal(expected, Charset.ForXml(bytes, "koi8-r").WebName);
    }

    [Fact]
    public void Utf16_without_bom_is_recognised_from_its_first_characters()
    {
        var bytes = Encoding.Unicode.GetBytes("<?xml version=\"1.0\"?><rss/>");

        Assert.Equal("utf-16", Charset.ForXml(bytes, null).WebName);
    }

    [Theory]
    [InlineData("windows-1251")]
    [InlineData("koi8-r")]
    [InlineData("koi8-u")]
    public void Undeclared_cyrillic_is_guessed_from_byte_statistics(string actual)
    {
        var text = actual == "koi8-u" ? "Новини: уряд України затвердив бюджет, їхня погода є теплою і гарною" : Russian;
        var bytes = CodePages(actual).GetBytes($"<rss><channel><title>{text}</title></channel></rss>");

        Assert.Equal(actual, Charset.ForXml(bytes, null).WebName);
    }

    [Fact]
    public void Undeclared_western_text_that_is_not_utf8_reads_as_windows_1252()
    {
        var bytes = CodePages("windows-1252").GetBytes("<rss><title>Perturbateurs endocriniens : quels effets sur le cerveau ? Ça dépend, répond l'étude</title></rss>");

        Assert.Equal("windows-1252", Charset.ForXml(bytes, null).WebName);
    }

    [Fact]
    public void Valid_utf8_without_declaration_stays_utf8()
    {
        Assert.Equal("utf-8", Charset.ForXml(Encoding.UTF8.GetBytes($"<rss><title>{Russian}</title></rss>"), null).WebName);
    }

    [Theory]
    [InlineData("<html><head><meta charset=\"windows-1251\"></head></html>", null, "windows-1251")]
    [InlineData("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head></html>", null, "koi8-r")]
    [InlineData("<html><head><meta charset=\"windows-1251\"></head></html>", "utf-8", "utf-8")]
    [InlineData("<html><head><title>x</title></head></html>", null, "utf-8")]
    public void Html_reads_meta_charset_after_header(string document, string? header, string expected)
    {
        Assert.Equal(expected, Charset.ForHtml(Encoding.ASCII.GetBytes(document), header).WebName);
    }

    [Fact]
    public void Decode_drops_the_byte_order_mark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Привет")).ToArray();

        Assert.Equal("Привет", Charset.Decode(bytes, Charset.ForXml(bytes, null)));
    }

    [Fact]
    public void Decode_reads_windows_1251()
    {
        Assert.Equal(Russian, Charset.Decode(Cp1251.GetBytes(Russian), Charset.ForXml(Cp1251.GetBytes(Russian), "windows-1251")));
    }

    private static Encoding CodePages(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }
}
