using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Network;
using NewsBot.Publication;
using NewsBot.Storage;

namespace NewsBot.Ingest;

/// <summary>Retractions from the site (SPEC §2 Publishing:OnRemoval): an article published within Publishing:EditWindow whose item left
/// its feed has its page checked (<see cref="PageGone"/>). Gone, it follows the policy: Ask every editor (Delete / Keep, the first decision
/// wins), Delete its channel and group posts at once and tell the editors, or Ignore. A feed that lists only its newest items drops
/// older ones all the time, so leaving the feed alone is never taken as a removal.</summary>
public sealed class Removals(
    WebFetcher web, IArticles articles, INewsroom newsroom, Retractions retractions, IOptions<PublishingOptions> publishing,
    IOptions<TelegramOptions> telegram, TimeProvider time, ILogger<Removals> log)
{
    /// <summary>Checks the feed's watched articles that are not among its items now; when a check waits (a second look at a 404, a
    /// page that did not answer), the time of the soonest.</summary>
    public async Task<DateTime?> FollowAsync(FeedOptions feed, IReadOnlySet<string> keysInFeed, CancellationToken ct)
    {
        var policy = publishing.Value.OnRemoval;
        if (policy == RemovalPolicy.Ignore) return null;
        var now = time.GetUtcNow().UtcDateTime;
        DateTime? again = null;
        foreach (var article in articles.Followed(feed.Url, now - publishing.Value.EditWindow))
        {
            if (keysInFeed.Contains(article.Key))
            {
                if (article.Removal is not null) articles.SaveRemovalCheck(article.Id, null);
                continue;
            }
            var next = article.Removal?.NextCheckAt;
            try
            {
                if (next is null || next <= now) next = (await CheckAsync(article, policy, ct)).NextCheckAt;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                log.LogWarning(e, "Feed {FeedUrl}: checking whether article {ArticleId} was removed failed", feed.Url, article.Id);
                next = now + PageGone.SecondLook;
            }
            if (next is { } n && (again is null || n < again)) again = n;
        }
        return again;
    }

    /// <summary>Asks the article's page and acts when it is gone; the check as it now stands.</summary>
    private async Task<RemovalCheck> CheckAsync(ArticleRecord article, RemovalPolicy policy, CancellationToken ct)
    {
        var (check, gone) = PageGone.Next(article.Removal, await StatusAsync(article.Url, ct), time.GetUtcNow().UtcDateTime);
        articles.SaveRemovalCheck(article.Id, check);
        log.LogInformation("Article {ArticleId} left its feed; its page {Url}: {Outcome}", article.Id, article.Url,
            check.Outcome ?? (check.MissingSince is null ? "no answer, asked again later" : "404, asked again in 10 minutes"));
        if (!gone) return check;
        if (policy == RemovalPolicy.Delete) Delete(article, check.Outcome!);
        else Ask(article, check.Outcome!);
        return check;
    }

    /// <summary>The page's HTTP status: 200 when it loads, the error's status, or null when it did not answer.</summary>
    private async Task<int?> StatusAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        try
        {
            await web.GetAsync(uri, null, ct);
            return 200;
        }
        catch (FetchException e)
        {
            return PageGone.StatusOf(e);
        }
    }

    private void Delete(ArticleRecord article, string outcome)
    {
        var retraction = retractions.Retract(article, $"its page answers {outcome}");
        var now = time.GetUtcNow().UtcDateTime;
        var id = article.Id.ToString(CultureInfo.InvariantCulture);
        newsroom.Audit(new AuditRecord
        {
            At = now, UserId = 0, Action = "retract", Allowed = true,
            Detail = $"article {id}: its page answers {outcome}; {retraction.Deleting} channel post(s) deleted, {retraction.Cancelled} not yet sent cancelled",
        });
        newsroom.AddNotice(new NoticeRecord
        {
            Key = $"retracted:{id}", Kind = NoticeKind.Retracted, CreatedAt = now,
            Args = [id, article.Title, outcome, (retraction.Deleting + retraction.Cancelled).ToString(CultureInfo.InvariantCulture)],
        });
    }

    private void Ask(ArticleRecord article, string outcome)
    {
        var editors = telegram.Value.Editors;
        if (editors.Count == 0)
        {
            log.LogWarning("Article {ArticleId}'s page answers {Outcome}, but Telegram:Editors is empty: nobody can be asked, its posts stay", article.Id, outcome);
            return;
        }
        newsroom.AddRemoval(new RemovalRecord
        {
            ArticleId = article.Id, Reason = outcome, Editors = [.. editors], CreatedAt = time.GetUtcNow().UtcDateTime,
        });
    }
}
