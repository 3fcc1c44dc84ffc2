using NewsBot.Posts;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// The one fan-out, for articles, broadcasts and digests: readers are read in id order a chunk at a time, and each chunk's
/// deliveries are stored together with the cursor, so memory stays bounded and a restart resumes where it was. Run by the
/// delivery worker, never by the update loop.
/// </summary>
public sealed class Fanout(IOutbox outbox, IReaders readers, IArticles articles, PublishingClock clock)
{
    /// <summary>Readers read per step: enough to keep 1,000 sends/s busy, few enough to keep a transaction small.</summary>
    public const int Chunk = 2000;

    /// <summary>How far back a digest looks, and how many of the newest articles it picks from.</summary>
    private static readonly TimeSpan DigestDay = TimeSpan.FromDays(1);
    private const int DigestCandidates = 200;

    /// <summary>Queues the next chunk of the oldest unfinished fan-out; false when there is none.</summary>
    public bool Step()
    {
        if (outbox.NextFanout() is not { } fanout) return false;
        var article = fanout.Kind == FanoutKind.Article ? articles.Get(fanout.ArticleId) : null;
        var gone = fanout.Kind == FanoutKind.Article && article is null;
        var batch = gone ? [] : readers.After(fanout.AfterReader, Chunk, fanout.Kind == FanoutKind.Digest ? fanout.DigestMinute : null);
        var compose = Composer(fanout, article);
        var deliveries = batch.Where(r => Audience.Reaches(fanout, r, article)).Select(compose).OfType<DeliveryRecord>();
        var last = batch.Count > 0 ? batch[^1].Id : fanout.AfterReader;
        outbox.QueueFanout(fanout, deliveries, last, done: batch.Count < Chunk);
        return true;
    }

    /// <summary>What one reader gets from this fan-out; null when there is nothing for them (an empty digest).</summary>
    private Func<ReaderRecord, DeliveryRecord?> Composer(FanoutRecord fanout, ArticleRecord? article)
    {
        var now = clock.Now;
        switch (fanout.Kind)
        {
            case FanoutKind.Article:
                return r => DeliveryRecord.Post(article!.Id, Audience.Reader(r, Lane.Reader), now);
            case FanoutKind.Broadcast:
                return r => DeliveryRecord.Message($"bc:{fanout.ArticleId}:{r.Chat}", Audience.Reader(r, Lane.Broadcast), fanout.Text ?? "", now);
            default:
                var day = PublishingClock.ToLocal(fanout.DigestAt, clock.Zone).Date;
                var dayArticles = DayArticles(fanout.DigestAt);
                return r => DigestComposer.Compose(r, dayArticles, day, clock.Zone) is { } html
                    ? DeliveryRecord.Message($"digest:{r.Chat}:{day:yyyy-MM-dd}", Audience.Reader(r, Lane.Reader), html, now)
                    : null;
        }
    }

    /// <summary>The articles published (by NewsBot, whatever date their feed gives them) in the day before a digest's minute, newest first.</summary>
    private List<ArticleRecord> DayArticles(DateTime minute) =>
        articles.Latest(null, null, DigestCandidates)
            .Where(a => a.FoundAt > minute - DigestDay && a.FoundAt < minute.AddMinutes(1)).ToList();
}
