using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Feeds;

/// <summary>Reads feed dates: RFC 822/1123 with named or numeric zones, and ISO 8601 / W3C-DTF. Unreadable gives null. Pure.</summary>
internal static partial class FeedDates
{
    /// <summary>Month names by their first three letters: English, plus the unambiguous ones of languages feeds localise dates into.</summary>
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6,
        ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
        ["fev"] = 2, ["fév"] = 2, ["abr"] = 4, ["avr"] = 4, ["mai"] = 5, ["ago"] = 8, ["aoû"] = 8,
        ["set"] = 9, ["out"] = 10, ["okt"] = 10, ["dez"] = 12, ["dic"] = 12, ["déc"] = 12, ["ene"] = 1, ["mär"] = 3, ["mrz"] = 3,
        ["янв"] = 1, ["фев"] = 2, ["мар"] = 3, ["апр"] = 4, ["май"] = 5, ["мая"] = 5, ["июн"] = 6,
        ["июл"] = 7, ["авг"] = 8, ["сен"] = 9, ["окт"] = 10, ["ноя"] = 11, ["дек"] = 12,
        ["січ"] = 1, ["лют"] = 2, ["бер"] = 3, ["кві"] = 4, ["тра"] = 5, ["чер"] = 6,
        ["лип"] = 7, ["сер"] = 8, ["вер"] = 9, ["жов"] = 10, ["лис"] = 11, ["гру"] = 12,
    };

    /// <summary>Named zones of RFC 822 §5.1 plus the ones feeds use in the wild.</summary>
    private static readonly Dictionary<string, double> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0, ["WET"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["AKST"] = -9, ["AKDT"] = -8, ["HST"] = -10, ["AST"] = -4, ["ADT"] = -3, ["NST"] = -3.5,
        ["BST"] = 1, ["CET"] = 1, ["WEST"] = 1, ["MET"] = 1, ["CEST"] = 2, ["MEST"] = 2, ["EET"] = 2, ["EEST"] = 3,
        ["MSK"] = 3, ["MSD"] = 4, ["IST"] = 5.5, ["HKT"] = 8, ["SGT"] = 8, ["AWST"] = 8, ["JST"] = 9, ["KST"] = 9,
        ["ACST"] = 9.5, ["AEST"] = 10, ["AEDT"] = 11, ["NZST"] = 12, ["NZDT"] = 13,
    };

    public static DateTimeOffset? Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value) || value.Length > 100)
            return null;
        return Rfc822(value) ?? Iso8601(value);
    }

    private static DateTimeOffset? Rfc822(string value)
    {
        var m = Rfc822Pattern().Match(value);
        if (!m.Success)
            return null;
        var month = Months.GetValueOrDefault(m.Groups["month"].Value[..3]);
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["year"].Value.Length == 2)
            year += year < 50 ? 2000 : 1900;
        var second = m.Groups["second"].Success ? int.Parse(m.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
        return Create(year, month, Int(m, "day"), Int(m, "hour"), Int(m, "minute"), second, Offset(m.Groups["zone"].Value));
    }

    private static DateTimeOffset? Iso8601(string value)
    {
        var styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, styles, out var parsed) ? parsed : null;
    }

    private static TimeSpan Offset(string zone)
    {
        if (zone.Length == 0 || zone is "-0000")
            return TimeSpan.Zero;
        if (zone[0] is '+' or '-')
        {
            var digits = zone[1..].Replace(":", "");
            if (digits.Length is not (2 or 4) || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm))
                return TimeSpan.Zero;
            var (hours, minutes) = digits.Length == 2 ? (hhmm, 0) : (hhmm / 100, hhmm % 100);
            var offset = new TimeSpan(hours, minutes, 0);
            return zone[0] == '-' ? -offset : offset;
        }
        return Zones.TryGetValue(zone, out var h) ? TimeSpan.FromHours(h) : TimeSpan.Zero;
    }

    private static DateTimeOffset? Create(int year, int month, int day, int hour, int minute, int second, TimeSpan offset)
    {
        if (month < 1 || year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 60 || offset.Duration() > TimeSpan.FromHours(14))
            return null;
        return new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), offset);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:\p{L}+\.?,?\s*)?(?<day>\d{1,2})[\s-]+(?<month>\p{L}{3,})\.?[\s-]+(?<year>\d{4}|\d{2}),?\s+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?:\.\d+)?\s*(?<zone>[+-]\d{2}:?(?:\d{2})?|[A-Za-z]{1,5})?\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    internal static partial Regex Rfc822Pattern();
}
