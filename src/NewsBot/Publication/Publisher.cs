using Microsoft.Extensions.Logging;
using NewsBot.Articles;
using NewsBot.Delivery;
using NewsBot.Posts;
using NewsBot.Storage;
using NewsBot.Summaries;
using NewsBot.Telemetry;

namespace NewsBot.Publication;

/// <summary>Where a story comes from, as the publication path needs to know it.</summary>
/// <param name="Key">The article's identity (SPEC §3.2): a feed item's key, or "url:" + an editor's canonical URL.</param>
/// <param name="FeedUrl">The feed of an automatic post (which /pause holds); "" for an editor's post.</param>
/// <param name="Channels">The channel targets (Telegram:Channels, or the feed's own).</param>
/// <param name="PublishedAt">The feed's publication date, for /latest order; null means now.</param>
/// <param name="ScheduleId">The schedule this publication fires, if any: it goes Pending → Published in the same transaction.</param>
public sealed record Source(string Key, string FeedUrl, IReadOnlyList<string> Channels, DateTimeOffset? PublishedAt = null, long? ScheduleId = null)
{
    /// <summary>An editor's URL (/post, an approved preview, /schedule).</summary>
    public static Source Editor(string url, IReadOnlyList<string> channels, long? scheduleId = null) =>
        new(KeyFor(url), "", channels, null, scheduleId);

    /// <summary>The key an editor's URL is published under.</summary>
    public static string KeyFor(string url) => ArticleKey.ForUrl(new Uri(url));
}

/// <summary>
/// The one publication path. Every source calls it — feed items, /post, approved drafts, fired schedules — so every article
/// reaches its channels, its readers (instant and digest), /latest and /search the same way: the store writes the article, its
/// index, its channel deliveries and its readers' fan-out marker in one transaction.
/// </summary>
public sealed class Publisher(IArticles articles, TimeProvider time, ILogger<Publisher> log)
{
    /// <summary>Publishes a story; the outcome says whether it was stored, published before, or its schedule no longer pending.</summary>
    public (PublishResult Result, ArticleRecord Article) Publish(Story story, Source source)
    {
        var article = Prepare(story, source);
        var result = articles.Publish(new PublishRequest(article, Audience.ChannelTargets(source.Channels), source.ScheduleId), time.GetUtcNow().UtcDateTime);
        if (result == PublishResult.Published)
        {
            NewsMetrics.Published();
            log.LogInformation("Published article {ArticleId} ({Key}) to {Channels} channel(s)", article.Id, source.Key, source.Channels.Count);
        }
        return (result, article);
    }

    /// <summary>The post a story becomes, as channels and readers get it (and editors see in drafts).</summary>
    public static Post Compose(Story story) => PostComposer.Compose(story.Title, story.Summary, story.Url, story.Image, story.Language);

    private ArticleRecord Prepare(Story story, Source source)
    {
        var post = Compose(story);
        var now = time.GetUtcNow().UtcDateTime;
        return new ArticleRecord
        {
            Key = source.Key, FeedUrl = source.FeedUrl, Url = story.Url, Title = story.Title, State = ArticleState.Published, FoundAt = now,
            Summary = string.Join(' ', story.Summary), Image = story.Image, Language = story.Language, Section = story.Section,
            PublishedAt = source.PublishedAt?.UtcDateTime ?? now,
            PostHtml = post.Html, PostPhotoUrl = post.PhotoUrl, PostButtonText = post.ButtonText,
        };
    }
}
