using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// Queues a published article for its instant readers a chunk at a time: readers are read in id order and each
/// chunk's deliveries are stored together with the cursor, so memory stays bounded and a restart resumes where it was.
/// </summary>
public sealed class Fanout(NewsStore store, Audience audience, TimeProvider time)
{
    /// <summary>Readers read per step: enough to keep 1,000 sends/s busy, few enough to keep a transaction small.</summary>
    public const int Chunk = 2000;

    /// <summary>Queues the next chunk of the oldest unfinished fan-out; false when there is none.</summary>
    public bool Step()
    {
        if (store.NextFanout() is not { } fanout) return false;
        var article = store.GetArticle(fanout.Id);
        var readers = article is null ? [] : store.ReadersAfter(fanout.AfterReader, Chunk);
        var targets = article is null ? [] : audience.ReadersFor(article, readers);
        var last = readers.Count > 0 ? readers[^1].Id : fanout.AfterReader;
        store.QueueFanout(fanout, targets, last, done: readers.Count < Chunk, time.GetUtcNow().UtcDateTime);
        return true;
    }
}
