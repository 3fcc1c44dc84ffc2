using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Articles;
using NewsBot.Feeds;
using NewsBot.Publication;
using NewsBot.Storage;
using NewsBot.Summaries;

namespace NewsBot.Ingest;

/// <summary>Corrections from the feed (SPEC §2 Publishing:OnUpdate): an article published within Publishing:EditWindow whose item now
/// says something else — title, description, image, Atom updated — is read again and composed again through the publication path,
/// which edits its channel and group posts in place when the post changed. The page must load: a post composed from the feed's teaser
/// because the page timed out would be no correction. One item's failure never stops the others; its fingerprint is kept as it was,
/// so the next pass tries again.</summary>
public sealed class Corrections(
    PageReader pages, Publisher publisher, IArticles articles, INewsroom newsroom, IOptions<PublishingOptions> publishing, TimeProvider time,
    ILogger<Corrections> log)
{
    /// <summary>Looks at a feed's items that were published before; when a correction failed, the time to try again (the next pass).</summary>
    public async Task<DateTime?> FollowAsync(FeedOptions feed, IEnumerable<(FeedItem Item, string Key)> items, CancellationToken ct)
    {
        if (publishing.Value.OnUpdate == UpdatePolicy.Ignore) return null;
        var now = time.GetUtcNow().UtcDateTime;
        DateTime? again = null;
        foreach (var (item, key) in items)
        {
            if (articles.Find(key) is not { State: ArticleState.Published, RetractedAt: null } article || article.FoundAt < now - publishing.Value.EditWindow) continue;
            var fingerprint = ItemFingerprint.Of(item);
            if (article.ItemFingerprint == fingerprint) continue;
            // Published before its item's fingerprint was kept (an approved draft, an upgrade): this pass only learns it.
            if (article.ItemFingerprint is null || !Uri.TryCreate(item.Link, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                articles.SaveFingerprint(article.Id, fingerprint);
                continue;
            }
            try
            {
                await CorrectAsync(feed, article, item, url, fingerprint, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                log.LogWarning("Feed {FeedUrl}: the correction of article {ArticleId} failed ({Error}); the next pass tries again", feed.Url, article.Id, e.Message);
                again = now;
            }
        }
        return again;
    }

    private async Task CorrectAsync(FeedOptions feed, ArticleRecord article, FeedItem item, Uri url, string fingerprint, CancellationToken ct)
    {
        var story = StoryBuilder.Build(url.ToString(), await pages.ReadAsync(url, ct), item, feed.Name);
        var correction = publisher.Revise(article, story, fingerprint);
        if (!correction.Changed) return;
        newsroom.Audit(new AuditRecord
        {
            At = time.GetUtcNow().UtcDateTime, UserId = 0, Action = "edit", Allowed = true,
            Detail = $"article {article.Id}: its feed item changed; {correction.Edits} channel post(s) edited in place",
        });
    }
}
