using Microsoft.Extensions.Logging;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// Starts the daily digests due since the last sweep (run every minute): one digest fan-out per minute of the day that has
/// digest readers, under the key "digest:UNIX-MINUTE", so a sweep repeated after a crash or a restart starts nothing twice.
/// Each reader's digest is then queued by the fan-out under "digest:CHAT:DAY".
/// </summary>
public sealed class DigestSweep(IOutbox outbox, IReaders readers, ISettings settings, PublishingClock clock, ILogger<DigestSweep> log)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>Sweeps every minute since the last sweep (at most a day back); returns how many digest fan-outs it started.</summary>
    public int Run()
    {
        var now = clock.Now;
        var current = new DateTimeOffset(now).ToUnixTimeSeconds() / 60;
        var last = settings.Get(ISettings.LastDigestSweep);
        var first = last == 0 ? current : Math.Max(last + 1, current - (long)Day.TotalMinutes + 1);
        var started = 0;
        for (var minute = first; minute <= current; minute++)
            if (Start(minute, now)) started++;
        settings.Save(ISettings.LastDigestSweep, current);
        if (started > 0) log.LogInformation("Started {Count} daily digest fan-outs", started);
        return started;
    }

    private bool Start(long unixMinute, DateTime now)
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(unixMinute * 60).UtcDateTime;
        var local = PublishingClock.ToLocal(at, clock.Zone);
        var minuteOfDay = local.Hour * 60 + local.Minute;
        return readers.AnyDigestAt(minuteOfDay) && outbox.StartFanout(new FanoutRecord
        {
            Key = $"digest:{unixMinute}", Kind = FanoutKind.Digest, DigestMinute = minuteOfDay, DigestAt = at, CreatedAt = now,
        });
    }
}
