using System.Globalization;
using NewsBot.Editorial;

namespace NewsBot.Tests.Editorial;

/// <summary>The /schedule expressions, as a table over time zones and daylight-saving nights (fixed "now", no clock).</summary>
public sealed class WhenParserTests
{
    [Theory]
    // Kyiv in summer (EEST, UTC+3): now is 12:00 local.
    [InlineData("Europe/Kyiv", "2026-06-10T09:00Z", "15:30", "2026-06-10T12:30Z")]
    [InlineData("Europe/Kyiv", "2026-06-10T09:00Z", "11:00", "2026-06-11T08:00Z")] // passed today: tomorrow
    [InlineData("Europe/Kyiv", "2026-06-10T09:00Z", "12:00", "2026-06-11T09:00Z")] // exactly now: the next occurrence
    [InlineData("Europe/Kyiv", "2026-06-10T09:00Z", "9:05", "2026-06-11T06:05Z")]
    [InlineData("Europe/Kyiv", "2026-06-10T09:00Z", "+30m", "2026-06-10T09:30Z")]
    [InlineData("Europe/Kyiv", "2026-06-10T09:00Z", "+2h", "2026-06-10T11:00Z")]
    [InlineData("Europe/Kyiv", "2026-06-10T09:00Z", "+1d", "2026-06-11T09:00Z")]
    [InlineData("Europe/Kyiv", "2026-06-10T09:00Z", "tomorrow 09:00", "2026-06-11T06:00Z")]
    [InlineData("Europe/Kyiv", "2026-06-10T09:00Z", "Tomorrow   23:59", "2026-06-11T20:59Z")]
    [InlineData("Europe/Kyiv", "2026-06-10T09:00Z", "завтра 08:00", "2026-06-11T05:00Z")]
    [InlineData("Europe/Kyiv", "2026-06-10T09:00Z", "2026-12-01 10:00", "2026-12-01T08:00Z")] // winter: EET, UTC+2
    [InlineData("Europe/Kyiv", "2026-06-10T09:00Z", "2026-06-10 12:01", "2026-06-10T09:01Z")]
    // Kyiv's spring-forward night, 29 March 2026 03:00 → 04:00: 03:30 does not exist and moves on by the gap, once.
    [InlineData("Europe/Kyiv", "2026-03-28T20:00Z", "03:30", "2026-03-29T01:30Z")]
    [InlineData("Europe/Kyiv", "2026-03-28T20:00Z", "tomorrow 03:30", "2026-03-29T01:30Z")]
    [InlineData("Europe/Kyiv", "2026-03-28T20:00Z", "2026-03-29 03:30", "2026-03-29T01:30Z")]
    [InlineData("Europe/Kyiv", "2026-03-28T20:00Z", "02:59", "2026-03-29T00:59Z")]
    [InlineData("Europe/Kyiv", "2026-03-28T20:00Z", "04:00", "2026-03-29T01:00Z")]
    [InlineData("Europe/Kyiv", "2026-03-28T20:00Z", "+6h", "2026-03-29T02:00Z")]
    // Kyiv's fall-back night, 25 October 2026 04:00 → 03:00: 03:30 happens twice; the first one counts.
    [InlineData("Europe/Kyiv", "2026-10-24T20:00Z", "2026-10-25 03:30", "2026-10-25T00:30Z")]
    [InlineData("Europe/Kyiv", "2026-10-24T20:00Z", "05:00", "2026-10-25T03:00Z")]
    // New York's spring-forward, 8 March 2026 02:00 → 03:00.
    [InlineData("America/New_York", "2026-03-07T12:00Z", "2026-03-08 02:30", "2026-03-08T07:30Z")]
    [InlineData("America/New_York", "2026-03-07T12:00Z", "tomorrow 09:00", "2026-03-08T13:00Z")]
    [InlineData("America/New_York", "2026-03-07T12:00Z", "08:00", "2026-03-07T13:00Z")]
    // Tokyo (no DST) and UTC: the local date differs from the UTC date.
    [InlineData("Asia/Tokyo", "2026-01-01T00:00Z", "08:00", "2026-01-01T23:00Z")]
    [InlineData("Asia/Tokyo", "2026-01-01T00:00Z", "tomorrow 00:30", "2026-01-01T15:30Z")]
    [InlineData("UTC", "2026-01-01T23:50Z", "00:10", "2026-01-02T00:10Z")]
    public void An_expression_is_one_instant(string zone, string now, string expression, string expected)
    {
        var when = WhenParser.Parse(expression, Instant(now), TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Equal(new When.At(Instant(expected).UtcDateTime), when);
    }

    [Theory]
    [InlineData("2026-06-10 11:59")]
    [InlineData("2026-06-10 12:00")]
    [InlineData("2025-12-31 23:00")]
    [InlineData("+0m")]
    public void A_time_already_past_is_refused(string expression)
    {
        var when = WhenParser.Parse(expression, Instant("2026-06-10T09:00Z"), TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv"));

        Assert.IsType<When.Past>(when);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("25:00")]
    [InlineData("12:60")]
    [InlineData("2026-02-30 10:00")]
    [InlineData("2026-06-10")]
    [InlineData("+")]
    [InlineData("+5x")]
    [InlineData("+٣m")]
    [InlineData("١٢:٠٠")]
    [InlineData("٢٠٢٦-٠٦-١٠ 10:00")]
    [InlineData("+99999d")]
    [InlineData("tomorrow")]
    [InlineData("yesterday 10:00")]
    [InlineData("12:00 https://example.com")]
    public void Nonsense_is_not_understood(string expression)
    {
        var when = WhenParser.Parse(expression, Instant("2026-06-10T09:00Z"), TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv"));

        Assert.IsType<When.Unknown>(when);
    }

    private static DateTimeOffset Instant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
