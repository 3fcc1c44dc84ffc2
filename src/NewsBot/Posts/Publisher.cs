using Microsoft.Extensions.Logging;
using NewsBot.Articles;
using NewsBot.Delivery;
using NewsBot.Feeds;
using NewsBot.Network;
using NewsBot.Storage;

namespace NewsBot.Posts;

/// <summary>Turns a new feed item into a stored article with its post and one outbox delivery per channel.</summary>
public sealed class Publisher(PageReader pages, NewsStore store, OutboxSignal outbox, TimeProvider time, ILogger<Publisher> log)
{
    /// <summary>Null when the item cannot be posted (no article link) or was stored meanwhile.</summary>
    public async Task<ArticleRecord?> PublishAsync(string key, FeedItem item, FeedOptions feed, IReadOnlyList<string> channels, CancellationToken ct)
    {
        if (!Uri.TryCreate(item.Link, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            log.LogWarning("Feed {FeedUrl}: item {Key} has no http(s) link, so it cannot be posted", feed.Url, key);
            store.MarkSeen([NewRecord(key, feed.Url, item.Link ?? "", item.Title ?? "", ArticleState.Seen)]);
            return null;
        }
        var page = await TryReadAsync(url, ct);
        var story = StoryBuilder.Build(url.ToString(), page, item, feed.Name);
        var post = PostComposer.Compose(story.Title, story.Summary, story.Url, story.Image, story.Language);
        var record = NewRecord(key, feed.Url, story.Url, story.Title, ArticleState.Published);
        record.Summary = string.Join(' ', story.Summary);
        record.Image = story.Image;
        record.Language = story.Language;
        record.Section = story.Section;
        record.PublishedAt = item.Published?.UtcDateTime ?? record.FoundAt;
        record.PostHtml = post.Html;
        record.PostPhotoUrl = post.PhotoUrl;
        record.PostButtonText = post.ButtonText;
        var targets = channels.Select(c => new DeliveryTarget(c, ChatKind.Group, Priority: 0));
        var stored = store.AddPublished(record, targets, record.FoundAt);
        if (stored is not null) outbox.Pulse();
        return stored;
    }

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

    private ArticleRecord NewRecord(string key, string feedUrl, string url, string title, ArticleState state) => new()
    {
        Key = key, FeedUrl = feedUrl, Url = url, Title = title, State = state, FoundAt = time.GetUtcNow().UtcDateTime,
    };
}
