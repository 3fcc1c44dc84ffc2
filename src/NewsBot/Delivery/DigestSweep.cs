using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// Queues the daily digests due since the last sweep (run every minute): one message per reader per local day, under the
/// outbox key "digest:CHAT:DAY", so a sweep repeated after a crash or a restart queues nothing twice.
/// </summary>
public sealed class DigestSweep(NewsStore store, OutboxSignal outbox, IOptions<PublishingOptions> publishing, TimeProvider time, ILogger<DigestSweep> log)
{
    public const string LastSweepSetting = "digest.sweep.minute";
    private const int Chunk = 500;
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(publishing.Value.TimeZone);

    /// <summary>Sweeps every minute since the last sweep (at most a day back); returns how many digests it queued.</summary>
    public int Run()
    {
        var now = time.GetUtcNow();
        var current = now.ToUnixTimeSeconds() / 60;
        var last = store.GetSetting(LastSweepSetting);
        var first = last == 0 ? current : Math.Max(last + 1, current - (long)Day.TotalMinutes + 1);
        var queued = 0;
        for (var minute = first; minute <= current; minute++) queued += SweepMinute(DateTimeOffset.FromUnixTimeSeconds(minute * 60), now.UtcDateTime);
        store.SaveSetting(LastSweepSetting, current);
        if (queued > 0)
        {
            outbox.Pulse();
            log.LogInformation("Queued {Count} daily digests", queued);
        }
        return queued;
    }

    private int SweepMinute(DateTimeOffset minute, DateTime now)
    {
        var local = TimeZoneInfo.ConvertTime(minute, _zone);
        var readers = store.DigestReaders(local.Hour * 60 + local.Minute);
        if (readers.Count == 0) return 0;
        var since = minute.UtcDateTime - Day;
        var articles = store.Latest(null, null, 200).Where(a => (a.PublishedAt ?? a.FoundAt) > since && a.FoundAt < minute.UtcDateTime.AddMinutes(1)).ToList();
        var day = local.Date;
        var queued = 0;
        foreach (var chunk in readers.Chunk(Chunk))
            queued += store.AddMessages(Digests(chunk, articles, day), now);
        return queued;
    }

    private IEnumerable<(string Key, DeliveryTarget Target, string Html)> Digests(long[] readerIds, List<ArticleRecord> articles, DateTime day)
    {
        foreach (var id in readerIds)
        {
            if (store.GetReader(id) is not { Active: true } reader) continue;
            var language = reader.Language ?? InterfaceLanguage.FromCode(reader.TelegramLanguage);
            if (DigestComposer.Compose(reader, articles, language, day, _zone) is not { } html) continue;
            var chat = id.ToString(CultureInfo.InvariantCulture);
            yield return ($"digest:{chat}:{day:yyyy-MM-dd}", new DeliveryTarget(chat, reader.IsGroup ? ChatKind.Group : ChatKind.Private, Audience.ReaderPriority), html);
        }
    }
}
