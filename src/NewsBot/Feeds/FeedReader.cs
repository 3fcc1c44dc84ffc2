using NewsBot.Network;

namespace NewsBot.Feeds;

/// <summary>What one read of a feed gave: nothing new since last time, or the parsed feed with its new validators.</summary>
public sealed record FeedRead(bool NotModified, ParsedFeed? Feed, Validators Validators, TimeSpan? MaxAge);

/// <summary>Reads a feed over HTTP with a conditional GET and parses it.</summary>
public sealed class FeedReader(WebFetcher fetcher)
{
    /// <exception cref="FetchException">The feed could not be fetched.</exception>
    /// <exception cref="FeedFormatException">The response is not a feed.</exception>
    public async Task<FeedRead> ReadAsync(Uri url, Validators validators, CancellationToken ct)
    {
        var response = await fetcher.GetAsync(url, validators, ct);
        if (response.NotModified)
            return new FeedRead(true, null, response.Validators, response.MaxAge);
        var feed = FeedParser.Parse(response.Body, response.Charset, response.FinalUrl);
        return new FeedRead(false, feed, response.Validators, response.MaxAge);
    }
}
