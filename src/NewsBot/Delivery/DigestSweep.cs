using Microsoft.Extensions.Logging;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// Starts the daily digests due since the last sweep (run every minute): one digest fan-out per minute of the day that has
/// digest readers, under the key "digest:UNIX-MINUTE:MINUTE-OF-DAY", so a sweep repeated after a crash or a restart starts nothing twice.
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
            started += Start(minute, now);
        settings.Save(ISettings.LastDigestSweep, current);
        if (started > 0) log.LogInformation("Started {Count} daily digest fan-outs", started);
        return started;
    }

    /// <summary>Starts the digests of the local minutes this UTC minute stands for: itself, and the minutes a spring-forward skipped
    /// just before it (a digest set at 03:30 on a 03:00→04:00 night goes out at 04:00). A fall-back's repeated minutes are harmless:
    /// each reader's digest is keyed by day.</summary>
    private int Start(long unixMinute, DateTime now)
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(unixMinute * 60).UtcDateTime;
        return DigestMinutes(at, clock.Zone).Count(minuteOfDay => readers.AnyDigestAt(minuteOfDay) && outbox.StartFanout(new FanoutRecord
        {
            Key = $"digest:{unixMinute}:{minuteOfDay}", Kind = FanoutKind.Digest, DigestMinute = minuteOfDay, DigestAt = at, CreatedAt = now,
        }));
    }

    /// <summary>The local minutes of the day whose digests fall at UTC minute <paramref name="at"/>: its own, preceded by any the clock skipped. Pure.</summary>
    public static IEnumerable<int> DigestMinutes(DateTime at, TimeZoneInfo zone)
    {
        var local = PublishingClock.ToLocal(at, zone);
        var before = PublishingClock.ToLocal(at.AddMinutes(-1), zone);
        var skipped = (int)(local - before).TotalMinutes - 1;
        for (var m = skipped; m >= 1; m--)
        {
            var gap = local.AddMinutes(-m);
            yield return gap.Hour * 60 + gap.Minute;
        }
        yield return local.Hour * 60 + local.Minute;
    }
}
