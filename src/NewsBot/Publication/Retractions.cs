using Microsoft.Extensions.Logging;
using NewsBot.Storage;

namespace NewsBot.Publication;

/// <summary>How a retraction went: posts not yet sent that never will be, and posts in chats whose deletion is queued.</summary>
public sealed record Retraction(int Cancelled, int Deleting);

/// <summary>Takes an article's channel and group posts down — an editor's /delete, a Delete button, or its page gone under
/// Publishing:OnRemoval = Delete. In one outbox step its pending posts are cancelled and a deletion is queued for each post in a chat,
/// so the deletions are paced, retried and survive a restart like any send. Readers' private copies stay.</summary>
public sealed class Retractions(IOutbox outbox, IArticles articles, TimeProvider time, ILogger<Retractions> log)
{
    public Retraction Retract(ArticleRecord article, string reason)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var (cancelled, sent) = outbox.Retract(article.Id, reason, now);
        if (cancelled + sent.Count > 0) articles.MarkRetracted(article.Id, now);
        log.LogInformation("Article {ArticleId} retracted ({Reason}): {Deleting} post(s) being deleted, {Cancelled} not yet sent cancelled",
            article.Id, reason, sent.Count, cancelled);
        return new Retraction(cancelled, sent.Count);
    }
}
