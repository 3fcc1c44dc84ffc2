using System.Globalization;
using Microsoft.Extensions.Options;

namespace NewsBot;

/// <summary>The newsroom's clock: now, and wall time in Publishing:TimeZone, for schedules, quiet hours, digests and every time shown.</summary>
/// <remarks>A wall time skipped by a spring-forward moves on by the gap (03:30 on a 03:00→04:00 night is 04:30); a wall time that
/// happens twice at a fall-back is its first occurrence. Either way one instant, so a schedule fires once.</remarks>
public sealed class PublishingClock(IOptions<PublishingOptions> publishing, TimeProvider time)
{
    private readonly Lazy<TimeZoneInfo> _zone = new(() => TimeZoneInfo.FindSystemTimeZoneById(publishing.Value.TimeZone));

    public TimeZoneInfo Zone => _zone.Value;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Wall time now.</summary>
    public DateTime LocalNow => ToLocal(Now, Zone);

    /// <summary>A UTC instant as people read it: "2026-03-29 04:30" in Publishing:TimeZone.</summary>
    public string Show(DateTime utc) => ToLocal(utc, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>UTC of local midnight today.</summary>
    public DateTime StartOfToday => ToUtc(LocalNow.Date, Zone);

    /// <summary>The UTC instant of a wall time in <paramref name="zone"/>, DST gaps and overlaps resolved as described on the type.</summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local)) return DateTime.SpecifyKind(local - zone.GetAmbiguousTimeOffsets(local).Max(), DateTimeKind.Utc);
        var offset = zone.IsInvalidTime(local) ? zone.GetUtcOffset(local.AddDays(-1)) : zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    /// <summary>Wall time in <paramref name="zone"/> of a UTC instant.</summary>
    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
