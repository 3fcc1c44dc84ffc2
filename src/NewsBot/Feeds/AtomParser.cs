using System.Text;
using System.Xml.Linq;
using static NewsBot.Feeds.FeedNamespaces;

namespace NewsBot.Feeds;

/// <summary>Reads Atom 1.0 (RFC 4287) and Atom 0.3: text constructs by type (and 0.3 mode), links by rel, xml:base honoured. Pure.</summary>
internal sealed class AtomParser(XNamespace core, Uri feedUrl)
{
    public static ParsedFeed Parse(XElement root, string format, string encoding, Uri feedUrl) =>
        new AtomParser(root.Name.Namespace, feedUrl).Read(root, format, encoding);

    private ParsedFeed Read(XElement feed, string format, string encoding)
    {
        var entries = feed.Elements().Where(IsCore("entry")).Select(Entry).ToList();
        return new ParsedFeed(format, encoding, PlainText(Child(feed, "title")), Alternate(feed), entries);
    }

    private FeedItem Entry(XElement entry)
    {
        var summary = Html(Child(entry, "summary")) ?? Html(Child(entry, "content"));
        var published = new[] { "published", "updated", "issued", "modified", "created" }
            .Select(name => FeedDates.Parse(Child(entry, name)?.Value))
            .FirstOrDefault(date => date is not null) ?? FeedDates.Parse(entry.Element(Dc + "date")?.Value);
        var categories = entry.Elements()
            .Where(e => IsCore("category")(e) || e.Name == Dc + "subject")
            .Select(e => FeedText.Collapse(e.Attribute("term")?.Value ?? e.Value)).OfType<string>().Distinct().ToList();
        var image = Links(entry).Where(l => Rel(l) == "enclosure" && MediaImage.IsImage(l.Attribute("type")?.Value, Href(l)))
            .Select(l => FeedText.Resolve(Href(l), l, feedUrl)).FirstOrDefault(url => url is not null)
            ?? MediaImage.Find(entry, feedUrl);
        var id = FeedText.Collapse(Child(entry, "id")?.Value);
        var updated = FeedDates.Parse(Child(entry, "updated")?.Value) ?? FeedDates.Parse(Child(entry, "modified")?.Value);
        return new FeedItem(id, Alternate(entry), PlainText(Child(entry, "title")), summary, published, image, categories) { Updated = updated };
    }

    /// <summary>The rel="alternate" link (a link without rel is one); an HTML one wins over others.</summary>
    private string? Alternate(XElement parent)
    {
        var alternates = Links(parent).Where(l => Rel(l) == "alternate").ToList();
        var best = alternates.FirstOrDefault(l => l.Attribute("type")?.Value.Contains("html", StringComparison.OrdinalIgnoreCase) == true)
            ?? alternates.FirstOrDefault();
        return best is null ? null : FeedText.Resolve(Href(best), best, feedUrl);
    }

    private IEnumerable<XElement> Links(XElement parent) => parent.Elements().Where(IsCore("link"));

    private static string Rel(XElement link) => link.Attribute("rel")?.Value.Trim().ToLowerInvariant() ?? "alternate";

    /// <summary>href, or the text of an RSS-style &lt;link&gt;url&lt;/link&gt; some feeds write.</summary>
    private static string? Href(XElement link) => link.Attribute("href")?.Value ?? FeedText.NullIfBlank(link.Value);

    private static string? PlainText(XElement? element) => element is null ? null : Kind(element) switch
    {
        TextKind.Html => FeedText.FromHtml(Content(element)),
        _ => FeedText.Collapse(Content(element)),
    };

    private static string? Html(XElement? element) => element is null ? null : Kind(element) switch
    {
        TextKind.Text => FeedText.TextAsHtml(Content(element)),
        TextKind.Html when element.HasElements => FeedText.Markup(element),
        TextKind.Html => FeedText.NullIfBlank(Content(element)),
        TextKind.Xhtml => FeedText.Markup(element.Elements().Count() == 1 ? element.Elements().First() : element),
        _ => null,
    };

    /// <summary>Atom 1.0 says text/html/xhtml; Atom 0.3 gives a MIME type (and a mode). Other is e.g. content with src or a binary type.</summary>
    private static TextKind Kind(XElement element) => element.Attribute("type")?.Value.Trim().ToLowerInvariant() switch
    {
        null or "text" or "text/plain" => TextKind.Text,
        "html" or "text/html" => TextKind.Html,
        "xhtml" or "application/xhtml+xml" => TextKind.Xhtml,
        _ => TextKind.Other,
    };

    /// <summary>The element's text, base64-decoded when Atom 0.3 says mode="base64".</summary>
    private static string Content(XElement element)
    {
        if (element.Attribute("mode")?.Value.Trim() != "base64")
            return element.Value;
        var buffer = new byte[element.Value.Length];
        return Convert.TryFromBase64String(element.Value.Trim(), buffer, out var written) ? Encoding.UTF8.GetString(buffer, 0, written) : "";
    }

    private Func<XElement, bool> IsCore(string localName) =>
        e => e.Name.LocalName == localName && (e.Name.Namespace == core || e.Name.Namespace == XNamespace.None);

    private XElement? Child(XElement parent, string localName) => parent.Elements().FirstOrDefault(IsCore(localName));

    private enum TextKind { Text, Html, Xhtml, Other }
}
