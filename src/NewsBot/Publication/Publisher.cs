using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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
/// <param name="Channels">The channel targets (Telegram:Channels, or the feed's own); Routing adds its section's.</param>
/// <param name="PublishedAt">The feed's publication date, for /latest order; null means now.</param>
/// <param name="ScheduleId">The schedule this publication fires, if any: it goes Pending → Published in the same transaction.</param>
/// <param name="ItemFingerprint">The feed item's fingerprint, so a later change of it is seen as a correction.</param>
/// <param name="Breaking">/breaking: ahead of the queue, with sound, pinned.</param>
public sealed record Source(
    string Key, string FeedUrl, IReadOnlyList<string> Channels, DateTimeOffset? PublishedAt = null, long? ScheduleId = null,
    string? ItemFingerprint = null, bool Breaking = false)
{
    /// <summary>An editor's URL (/post, an approved preview, /schedule).</summary>
    public static Source Editor(string url, IReadOnlyList<string> channels, long? scheduleId = null) =>
        new(KeyFor(url), "", channels, null, scheduleId);

    /// <summary>The key an editor's URL is published under.</summary>
    public static string KeyFor(string url) => ArticleKey.ForUrl(new Uri(url));
}

/// <summary>How reading a published article again went: whether its post changed, and how many channel posts are being edited.</summary>
public sealed record Correction(bool Changed, int Edits);

/// <summary>
/// The one publication path. Every source calls it — feed items, /post, /breaking, approved drafts, fired schedules — so every article
/// reaches its channels, its readers (instant and digest), /latest and /search the same way: the store writes the article, its
/// index, its channel deliveries and its readers' fan-out marker in one transaction. A correction goes the same way: composed again,
/// stored with its index and its channel posts' edits in one transaction.
/// </summary>
public sealed class Publisher(IArticles articles, IOptions<RoutingOptions> routing, TimeProvider time, ILogger<Publisher> log)
{
    /// <summary>Publishes a story; the outcome says whether it was stored, published before, or its schedule no longer pending.</summary>
    public (PublishResult Result, ArticleRecord Article) Publish(Story story, Source source)
    {
        var article = Prepare(story, source);
        var targets = Audience.ChannelTargets(source.Channels.Concat(Routed(story)), source.Breaking);
        var result = articles.Publish(new PublishRequest(article, targets, source.ScheduleId, source.Breaking), time.GetUtcNow().UtcDateTime);
        if (result == PublishResult.Published)
        {
            NewsMetrics.Published();
            log.LogInformation("Published article {ArticleId} ({Key}) to {Targets} target(s){Breaking}", article.Id, source.Key, targets.Count, source.Breaking ? " as breaking news" : "");
        }
        return (result, article);
    }

    /// <summary>A published article read again (its feed item changed, or an editor's /refresh): composed again and, when its post
    /// differs, stored with an edit of every channel post in a chat (SPEC §2 Publishing:OnUpdate). Readers' copies stay as they are;
    /// routing is not re-run, a correction never posts anew.</summary>
    public Correction Revise(ArticleRecord published, Story story, string? itemFingerprint)
    {
        var revised = Prepare(story, new Source(published.Key, published.FeedUrl, [], null, null, itemFingerprint));
        revised.Id = published.Id;
        var changed = revised.PostHtml != published.PostHtml || revised.PostPhotoUrl != published.PostPhotoUrl || revised.PostButtonText != published.PostButtonText;
        var edits = articles.Revise(new ArticleRevision(revised, itemFingerprint, changed), time.GetUtcNow().UtcDateTime) ?? 0;
        if (changed)
            log.LogInformation("Article {ArticleId} was corrected: {Edits} channel post(s) are edited in place", published.Id, edits);
        return new Correction(changed, edits);
    }

    /// <summary>The post a story becomes, as channels and readers get it (and editors see in drafts).</summary>
    public static Post Compose(Story story) => PostComposer.Compose(story.Title, story.Summary, story.Url, story.Image, story.Language);

    /// <summary>The targets Routing adds for the story's sections: its section (the feed's name, else the page's), its categories.</summary>
    private IEnumerable<string> Routed(Story story) =>
        Audience.Routed(routing.Value.Items, (story.Categories ?? []).Prepend(story.Section));

    private ArticleRecord Prepare(Story story, Source source)
    {
        var post = Compose(story);
        var now = time.GetUtcNow().UtcDateTime;
        return new ArticleRecord
        {
            Key = source.Key, FeedUrl = source.FeedUrl, Url = story.Url, Title = story.Title, State = ArticleState.Published, FoundAt = now,
            Summary = string.Join(' ', story.Summary), Image = story.Image, Language = story.Language, Section = story.Section,
            Categories = story.Categories is { Count: > 0 } c ? [.. c] : null, Breaking = source.Breaking, ItemFingerprint = source.ItemFingerprint,
            PublishedAt = source.PublishedAt?.UtcDateTime ?? now,
            PostHtml = post.Html, PostPhotoUrl = post.PhotoUrl, PostButtonText = post.ButtonText,
        };
    }
}
