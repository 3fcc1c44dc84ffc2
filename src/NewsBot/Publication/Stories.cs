using Microsoft.Extensions.Logging;
using NewsBot.Articles;
using NewsBot.Feeds;
using NewsBot.Network;
using NewsBot.Storage;
using NewsBot.Summaries;

namespace NewsBot.Publication;

/// <summary>Reads what is to be published into a <see cref="Story"/>: a feed's item (the page, or the feed's description when the page fails) or an editor's URL.</summary>
/// <remarks>URLs are kept as <see cref="Uri.AbsoluteUri"/>: <see cref="Uri.ToString"/> unescapes %20 and %22, which breaks links and buttons.</remarks>
public sealed class StoryReader(PageReader pages, ILogger<StoryReader> log)
{
    /// <summary>A feed item's story; the feed's description stands in when the page fails.</summary>
    public async Task<Story> ReadItemAsync(Uri url, FeedItem item, FeedOptions feed, CancellationToken ct) =>
        StoryBuilder.Build(url.AbsoluteUri, await TryReadAsync(url, ct), item, feed.Name);

    /// <summary>Reads and summarizes a page for an editor (/post, /preview, /schedule); the page must load.</summary>
    /// <exception cref="FetchException">The page could not be fetched.</exception>
    public async Task<Story> ReadPageAsync(Uri url, CancellationToken ct) =>
        StoryBuilder.Build(url.AbsoluteUri, await pages.ReadAsync(url, ct), null, null);

    private async Task<ExtractedPage?> TryReadAsync(Uri url, CancellationToken ct)
    {
        try
        {
            return await pages.ReadAsync(url, ct);
        }
        catch (FetchException e)
        {
            log.LogWarning("Page {Url} failed: {Error}; the feed's description stands in", url, e.Message);
            return null;
        }
    }
}

/// <summary>A story as stored with a schedule or a draft, and back. Pure.</summary>
public static class StoryRecords
{
    public static StoryRecord ToRecord(this Story s) => new()
    {
        Url = s.Url, Title = s.Title, Summary = [.. s.Summary], Image = s.Image, Language = s.Language, Section = s.Section,
        Categories = s.Categories is { Count: > 0 } c ? [.. c] : null,
    };

    public static Story ToStory(this StoryRecord s) => new(s.Url, s.Title, s.Summary, "", s.Image, s.Language, s.Section, s.Categories);
}
