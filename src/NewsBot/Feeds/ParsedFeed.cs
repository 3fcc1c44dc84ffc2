namespace NewsBot.Feeds;

/// <summary>A feed as parsed: its format, title, home page and items, links already absolute.</summary>
/// <param name="Format">"rss20", "rss10", "rss090", "atom10", "atom03" or "json".</param>
/// <param name="Encoding">The charset the bytes were decoded with (web name, lower case, e.g. "utf-8", "windows-1251").</param>
/// <param name="Ttl">The feed's own refresh hint (RSS &lt;ttl&gt;, sy:updatePeriod), if any.</param>
public sealed record ParsedFeed(
    string Format,
    string Encoding,
    string? Title,
    string? Link,
    IReadOnlyList<FeedItem> Items,
    TimeSpan? Ttl = null);

/// <summary>One entry of a feed. Text fields are plain text except <see cref="Summary"/>, which may hold HTML.</summary>
/// <param name="Id">RSS guid, Atom id or JSON Feed id, as written.</param>
/// <param name="Link">The article's absolute URL (RSS link, a permalink guid, Atom rel=alternate, JSON url).</param>
/// <param name="Summary">The feed's description/summary/content of the item (HTML allowed), if any.</param>
/// <param name="ImageUrl">An enclosure or media:content/thumbnail image, absolute, if any.</param>
public sealed record FeedItem(
    string? Id,
    string? Link,
    string? Title,
    string? Summary,
    DateTimeOffset? Published,
    string? ImageUrl,
    IReadOnlyList<string> Categories)
{
    /// <summary>When the feed says the item last changed (Atom updated, JSON Feed date_modified), if it says.</summary>
    public DateTimeOffset? Updated { get; init; }
}

/// <summary>The bytes are not a feed NewsBot can read (not XML/JSON, or an unknown root).</summary>
public sealed class FeedFormatException(string message, Exception? inner = null) : Exception(message, inner);
