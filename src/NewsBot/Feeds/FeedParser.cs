namespace NewsBot.Feeds;

/// <summary>Turns the bytes of a feed into a <see cref="ParsedFeed"/>: RSS 2.0/0.9x, RSS 1.0/RDF, Atom 1.0/0.3, JSON Feed. Pure.</summary>
public static class FeedParser
{
    /// <param name="content">The response body as received.</param>
    /// <param name="headerCharset">The charset parameter of the Content-Type header, if any.</param>
    /// <param name="feedUrl">The feed's final URL, for resolving relative links.</param>
    /// <exception cref="FeedFormatException">The bytes are not a readable feed.</exception>
    public static ParsedFeed Parse(byte[] content, string? headerCharset, Uri feedUrl) =>
        throw new NotImplementedException();
}
