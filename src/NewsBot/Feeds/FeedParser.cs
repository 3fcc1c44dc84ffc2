using System.Xml.Linq;
using NewsBot.Network;
using static NewsBot.Feeds.FeedNamespaces;

namespace NewsBot.Feeds;

/// <summary>Turns the bytes of a feed into a <see cref="ParsedFeed"/>: RSS 2.0/0.9x, RSS 1.0/RDF, Atom 1.0/0.3, JSON Feed. Pure.</summary>
public static class FeedParser
{
    /// <param name="content">The response body as received.</param>
    /// <param name="headerCharset">The charset parameter of the Content-Type header, if any.</param>
    /// <param name="feedUrl">The feed's final URL, for resolving relative links.</param>
    /// <exception cref="FeedFormatException">The bytes are not a readable feed.</exception>
    public static ParsedFeed Parse(byte[] content, string? headerCharset, Uri feedUrl)
    {
        try
        {
            return ParseText(content, headerCharset, feedUrl);
        }
        catch (FeedFormatException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever a hostile document trips inside the readers, callers see one exception type.
            throw new FeedFormatException($"Unreadable feed: {e.Message}", e);
        }
    }

    private static ParsedFeed ParseText(byte[] content, string? headerCharset, Uri feedUrl)
    {
        var encoding = Charset.ForXml(content, headerCharset);
        var text = Charset.Decode(content, encoding);
        var first = text.AsSpan().TrimStart().IsEmpty ? '\0' : text.AsSpan().TrimStart()[0];
        if (first == '\0')
            throw new FeedFormatException("The feed is empty.");
        if (first is '{' or '[')
            return JsonFeedParser.Parse(text, encoding.WebName, feedUrl);
        var root = FeedXml.Load(text);
        var format = Format(root) ?? throw new FeedFormatException($"Not a feed: the document's root element is <{root.Name.LocalName}>.");
        return format.StartsWith("atom", StringComparison.Ordinal)
            ? AtomParser.Parse(root, format, encoding.WebName, feedUrl)
            : RssParser.Parse(root, format, encoding.WebName, feedUrl);
    }

    /// <summary>The format by root element and namespace; RSS 0.9x and 2.0 share one reader and one name.</summary>
    private static string? Format(XElement root) => (root.Name.LocalName.ToLowerInvariant(), root.Name.Namespace) switch
    {
        ("rss" or "channel", _) => "rss20",
        ("rdf", _) when root.Elements().Any(e => e.Name.Namespace == Rss090) => "rss090",
        ("rdf", _) => "rss10",
        ("feed", var ns) when ns == Atom03 => "atom03",
        ("feed", var ns) when ns == XNamespace.None && root.Attribute("version")?.Value.Trim() == "0.3" => "atom03",
        ("feed", _) => "atom10",
        _ => null,
    };
}
