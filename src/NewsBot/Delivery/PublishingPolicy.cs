using System.Globalization;

namespace NewsBot.Delivery;

/// <summary>A daily quiet window in wall time (Publishing:QuietHours, e.g. 00:00-07:00; it may wrap midnight).</summary>
public sealed record QuietHours(TimeSpan Start, TimeSpan End)
{
    public static readonly QuietHours None = new(TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>Parses "HH:MM-HH:MM"; empty or malformed is no quiet time (the options check refuses malformed at start).</summary>
    public static QuietHours Parse(string? text)
    {
        var parts = (text ?? "").Split('-');
        return parts.Length == 2 && TryTime(parts[0], out var start) && TryTime(parts[1], out var end) ? new(start, end) : None;
    }

    /// <summary>When the quiet time around <paramref name="nowUtc"/> ends (UTC), or null when it is not quiet now.</summary>
    public DateTime? EndAfter(DateTime nowUtc, TimeZoneInfo zone)
    {
        if (Start == End) return null;
        var local = PublishingClock.ToLocal(nowUtc, zone);
        var t = local.TimeOfDay;
        DateTime? end = Start < End
            ? (t >= Start && t < End ? local.Date + End : null)
            : t >= Start ? local.Date.AddDays(1) + End : t < End ? local.Date + End : null;
        return end is { } e ? PublishingClock.ToUtc(e, zone) : null;
    }

    private static bool TryTime(string s, out TimeSpan time) =>
        TimeSpan.TryParseExact(s.Trim(), @"hh\:mm", CultureInfo.InvariantCulture, out time);
}

/// <summary>Decides whether a channel post may go now (SPEC §2 Publishing, §4 /pause). Pure.</summary>
public static class PublishingPolicy
{
    /// <summary>How long a paused automatic post waits before it is looked at again; /resume releases it at once.</summary>
    public static readonly TimeSpan PausedRecheck = TimeSpan.FromMinutes(10);

    /// <summary>Null when the post may go now, else when to try it again: paused (automatic posts only), quiet hours, then MinGap after the last post.</summary>
    public static DateTime? HoldUntil(bool paused, bool automatic, DateTime? lastSent, TimeSpan minGap, QuietHours quiet, TimeZoneInfo zone, DateTime now)
    {
        if (paused && automatic) return now + PausedRecheck;
        if (quiet.EndAfter(now, zone) is { } end) return end;
        if (lastSent is { } last && minGap > TimeSpan.Zero && last + minGap > now) return last + minGap;
        return null;
    }
}
