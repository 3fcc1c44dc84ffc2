using Microsoft.Extensions.Logging;
using NewsBot.Articles;
using NewsBot.Delivery;
using NewsBot.Feeds;
using NewsBot.Network;
using NewsBot.Storage;

namespace NewsBot.Posts;

/// <summary>Turns a feed item or an editor's URL into a stored article with its post and one outbox delivery per target.</summary>
public sealed class Publisher(PageReader pages, NewsStore store, Audience audience, OutboxSignal outbox, TimeProvider time, ILogger<Publisher> log)
{
    /// <summary>A feed's new item; null when it cannot be posted (no article link) or was stored meanwhile.</summary>
    public async Task<ArticleRecord?> PublishAsync(string key, FeedItem item, FeedOptions feed, IReadOnlyList<string> channels, CancellationToken ct)
    {
        if (!Uri.TryCreate(item.Link, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            log.LogWarning("Feed {FeedUrl}: item {Key} has no http(s) link, so it cannot be posted", feed.Url, key);
            store.MarkSeen([NewRecord(key, feed.Url, item.Link ?? "", item.Title ?? "", ArticleState.Seen)]);
            return null;
        }
        var story = await ReadItemAsync(url, item, feed, ct);
        return Store(key, feed.Url, story, item.Published, channels);
    }

    /// <summary>A feed item's story (the page, or the feed's description when the page fails), not stored: an Approval feed's draft.</summary>
    public async Task<Story> ReadItemAsync(Uri url, FeedItem item, FeedOptions feed, CancellationToken ct) =>
        StoryBuilder.Build(url.ToString(), await TryReadAsync(url, ct), item, feed.Name);

    /// <summary>Reads and summarizes a page for an editor (/post, /preview); the page must load.</summary>
    /// <exception cref="FetchException">The page could not be fetched.</exception>
    public async Task<Story> ReadStoryAsync(Uri url, CancellationToken ct)
    {
        var page = await pages.ReadAsync(url, ct);
        return StoryBuilder.Build(url.ToString(), page, null, null);
    }

    /// <summary>Stores a story read by <see cref="ReadStoryAsync"/> for publishing now, keyed by its canonical URL; null when it was published before.</summary>
    public ArticleRecord? PublishStory(Story story, IReadOnlyList<string> channels) =>
        Store(KeyFor(story.Url), "", story, null, channels);

    public static Post Compose(Story story) => PostComposer.Compose(story.Title, story.Summary, story.Url, story.Image, story.Language);

    /// <summary>The key an editor's URL is published under.</summary>
    public static string KeyFor(string url) => "url:" + ArticleKey.Canonical(new Uri(url));

    /// <summary>Who gets a prepared article on these channels (for a caller that stores it in its own transaction).</summary>
    public IReadOnlyList<DeliveryTarget> TargetsFor(ArticleRecord article, IReadOnlyList<string> channels) => audience.TargetsFor(article, channels);

    /// <summary>Stores a prepared article with its deliveries and wakes the outbox; null when it was published before.</summary>
    public ArticleRecord? PublishPrepared(ArticleRecord record, IReadOnlyList<string> channels)
    {
        var stored = store.AddPublished(record, audience.TargetsFor(record, channels), record.FoundAt);
        if (stored is not null) outbox.Pulse();
        return stored;
    }

    private ArticleRecord? Store(string key, string feedUrl, Story story, DateTimeOffset? published, IReadOnlyList<string> channels) =>
        PublishPrepared(Prepare(key, feedUrl, story, published), channels);

    /// <summary>The article record of a story with its composed post, not stored yet; feedUrl "" marks an editor's post.</summary>
    public ArticleRecord Prepare(string key, string feedUrl, Story story, DateTimeOffset? published)
    {
        var post = Compose(story);
        var record = NewRecord(key, feedUrl, story.Url, story.Title, ArticleState.Published);
        record.Summary = string.Join(' ', story.Summary);
        record.Image = story.Image;
        record.Language = story.Language;
        record.Section = story.Section;
        record.PublishedAt = published?.UtcDateTime ?? record.FoundAt;
        record.PostHtml = post.Html;
        record.PostPhotoUrl = post.PhotoUrl;
        record.PostButtonText = post.ButtonText;
        return record;
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
