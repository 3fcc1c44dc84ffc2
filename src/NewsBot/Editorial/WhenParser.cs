using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Editorial;

/// <summary>What a schedule expression means: an instant (UTC), an instant already past, or nothing understood.</summary>
public abstract record When
{
    public sealed record At(DateTime Utc) : When;

    public sealed record Past(DateTime Utc) : When;

    public sealed record Unknown : When;
}

/// <summary>Parses /schedule times (SPEC §4): HH:MM (next occurrence), YYYY-MM-DD HH:MM, +30m, +2h, +1d, tomorrow HH:MM, in the publishing time zone. Pure.</summary>
/// <remarks>Daylight-saving gaps and overlaps resolve as <see cref="PublishingClock"/> says: one instant, so a schedule fires once.</remarks>
public static partial class WhenParser
{
    [GeneratedRegex(@"^\+([0-9]{1,5})\s*(m|min|h|d)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Relative();

    [GeneratedRegex(@"^(?:(tomorrow|завтра)\s+)?([0-9]{1,2}):([0-9]{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Clock();

    [GeneratedRegex(@"^([0-9]{4}-[0-9]{2}-[0-9]{2})[ T]([0-9]{1,2}:[0-9]{2})$", RegexOptions.NonBacktracking)]
    private static partial Regex Dated();

    public static When Parse(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var nowUtc = now.UtcDateTime;
        if (Relative().Match(text) is { Success: true } r) return FromRelative(r, nowUtc);
        if (Clock().Match(text) is { Success: true } c) return FromClock(c, nowUtc, zone);
        if (Dated().Match(text) is { Success: true } d) return FromDate(d, nowUtc, zone);
        return new When.Unknown();
    }

    private static When FromRelative(Match m, DateTime now)
    {
        var n = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var unit = m.Groups[2].Value.ToLowerInvariant();
        if (n == 0) return new When.Past(now);
        var span = unit switch { "h" => TimeSpan.FromHours(n), "d" => TimeSpan.FromDays(n), _ => TimeSpan.FromMinutes(n) };
        return span > TimeSpan.FromDays(366) ? new When.Unknown() : new When.At(now + span);
    }

    private static When FromClock(Match m, DateTime now, TimeZoneInfo zone)
    {
        if (TimeOfDay(m.Groups[2].Value, m.Groups[3].Value) is not { } time) return new When.Unknown();
        var today = PublishingClock.ToLocal(now, zone).Date;
        if (m.Groups[1].Success) return new When.At(PublishingClock.ToUtc(today.AddDays(1) + time, zone));
        var at = PublishingClock.ToUtc(today + time, zone);
        return new When.At(at > now ? at : PublishingClock.ToUtc(today.AddDays(1) + time, zone));
    }

    private static When FromDate(Match m, DateTime now, TimeZoneInfo zone)
    {
        if (!DateTime.TryParseExact(m.Groups[1].Value + " " + m.Groups[2].Value, ["yyyy-MM-dd H:mm", "yyyy-MM-dd HH:mm"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return new When.Unknown();
        var at = PublishingClock.ToUtc(local, zone);
        return at > now ? new When.At(at) : new When.Past(at);
    }

    private static TimeSpan? TimeOfDay(string hours, string minutes)
    {
        var h = int.Parse(hours, CultureInfo.InvariantCulture);
        var m = int.Parse(minutes, CultureInfo.InvariantCulture);
        return h < 24 && m < 60 ? new TimeSpan(h, m, 0) : null;
    }
}
