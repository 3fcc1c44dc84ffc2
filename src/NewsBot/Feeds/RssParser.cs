using System.Globalization;
using System.Xml.Linq;
using static NewsBot.Feeds.FeedNamespaces;

namespace NewsBot.Feeds;

/// <summary>Reads RSS 2.0 and 0.9x (&lt;rss&gt;) and RSS 1.0 / 0.90 (&lt;rdf:RDF&gt;), whose items may sit in or beside the channel. Pure.</summary>
internal sealed class RssParser(XNamespace core, Uri feedUrl)
{
    public static ParsedFeed Parse(XElement root, string format, string encoding, Uri feedUrl)
    {
        var core = format switch { "rss10" => Rss10, "rss090" => Rss090, _ => root.Name.Namespace };
        return new RssParser(core, feedUrl).Read(root, format, encoding);
    }

    private ParsedFeed Read(XElement root, string format, string encoding)
    {
        var channel = Child(root, "channel") ?? root;
        var items = channel.Elements().Concat(channel == root ? [] : root.Elements())
            .Where(IsCore("item")).Select(Item).ToList();
        var title = FeedText.RssTitle(Child(channel, "title"));
        var link = FeedText.Resolve(Child(channel, "link")?.Value, channel, feedUrl);
        return new ParsedFeed(format, encoding, title, link, items, Ttl(channel) ?? Ttl(root));
    }

    private FeedItem Item(XElement item)
    {
        var guid = Child(item, "guid");
        var permalink = guid is not null && !string.Equals(guid.Attribute("isPermaLink")?.Value.Trim(), "false", StringComparison.OrdinalIgnoreCase)
            ? FeedText.AbsoluteAsWritten(guid.Value)
            : null;
        var link = FeedText.Resolve(Child(item, "link")?.Value, item, feedUrl)
            ?? permalink
            ?? FeedText.Resolve(AtomAlternate(item), item, feedUrl);
        var id = FeedText.Collapse(guid?.Value) ?? item.Attribute(Rdf + "about")?.Value ?? link;
        var summary = FeedText.Markup(Child(item, "description")) ?? FeedText.Markup(item.Element(Content + "encoded"));
        var published = FeedDates.Parse(Child(item, "pubDate")?.Value)
            ?? FeedDates.Parse(item.Element(Dc + "date")?.Value)
            ?? FeedDates.Parse(item.Element(DcTerms + "issued")?.Value);
        var categories = item.Elements().Where(e => IsCore("category")(e) || e.Name == Dc + "subject")
            .Select(e => FeedText.Collapse(e.Value)).OfType<string>().Distinct().ToList();
        var image = Enclosure(item) ?? MediaImage.Find(item, feedUrl);
        return new FeedItem(id, link, FeedText.RssTitle(Child(item, "title")), summary, published, image, categories);
    }

    private string? Enclosure(XElement item) => item.Elements().Where(IsCore("enclosure"))
        .Where(e => MediaImage.IsImage(e.Attribute("type")?.Value, e.Attribute("url")?.Value))
        .Select(e => FeedText.Resolve(e.Attribute("url")?.Value, e, feedUrl))
        .FirstOrDefault(url => url is not null);

    private static string? AtomAlternate(XElement item) => item.Elements(Atom10 + "link")
        .FirstOrDefault(l => l.Attribute("rel")?.Value is null or "alternate")?.Attribute("href")?.Value;

    /// <summary>RSS &lt;ttl&gt; in minutes, else the syndication module's period divided by its frequency.</summary>
    private TimeSpan? Ttl(XElement channel)
    {
        if (int.TryParse(Child(channel, "ttl")?.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes > 0)
            return TimeSpan.FromMinutes(minutes);
        var period = channel.Element(Sy + "updatePeriod")?.Value.Trim().ToLowerInvariant() switch
        {
            "hourly" => TimeSpan.FromHours(1),
            "daily" => TimeSpan.FromDays(1),
            "weekly" => TimeSpan.FromDays(7),
            "monthly" => TimeSpan.FromDays(30),
            "yearly" => TimeSpan.FromDays(365),
            _ => (TimeSpan?)null,
        };
        if (period is null)
            return null;
        var frequency = int.TryParse(channel.Element(Sy + "updateFrequency")?.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var f) && f > 0 ? f : 1;
        return period / frequency;
    }

    /// <summary>Core elements are in the format's namespace; ill-declared feeds put them in none.</summary>
    private Func<XElement, bool> IsCore(string localName) =>
        e => e.Name.LocalName == localName && (e.Name.Namespace == core || e.Name.Namespace == XNamespace.None);

    private XElement? Child(XElement parent, string localName) => parent.Elements().FirstOrDefault(IsCore(localName));
}
