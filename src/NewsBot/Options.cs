using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using NewsBot.Delivery;

namespace NewsBot;

/// <summary>The `Telegram` section (SPEC §2): token, Bot API server, channels, editors, flood limits.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";
    public string BotToken { get; set; } = "";
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";
    public List<string> Channels { get; set; } = [];
    public List<long> Editors { get; set; } = [];
    public int MessagesPerSecond { get; set; } = 30;
    public int MessagesPerMinutePerGroup { get; set; } = 20;

    /// <summary>Seconds a getUpdates long poll may wait (Bot API allows up to 50).</summary>
    public int PollTimeout { get; set; } = 50;

    /// <summary>Above Telegram's free 30/s, sends must carry allow_paid_broadcast.</summary>
    public bool PaidBroadcast => MessagesPerSecond > 30;

    /// <summary>Telegram's limits with 2 % to spare: a send that reaches Telegram a little late must not make a window hold one too many.</summary>
    public PacerLimits PacerLimits => new(MessagesPerSecond, MessagesPerMinutePerGroup, TimeSpan.FromSeconds(1), Margin: 0.02);
}

/// <summary>How a feed's new articles are published.</summary>
public enum FeedMode { Auto, Approval }

/// <summary>One entry of the `Feeds` array (SPEC §2).</summary>
public sealed class FeedOptions
{
    public string Url { get; set; } = "";
    public string? Name { get; set; }
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);
    public List<string> Channels { get; set; } = [];
    public FeedMode Mode { get; set; } = FeedMode.Auto;

    /// <summary>A feed an editor added with /addsource: the defaults (Auto, every 5 minutes, Telegram:Channels).</summary>
    public static FeedOptions Added(string url, string? name) => new() { Url = url, Name = name };
}

/// <summary>The `Feeds` section: the configured feeds, in order.</summary>
public sealed class FeedsOptions
{
    public const string Section = "Feeds";
    public List<FeedOptions> Items { get; set; } = [];
}

/// <summary>The `Storage` section: where the LiteDB file lives.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";
    public string Path { get; set; } = "data/newsbot.db";
}

/// <summary>The `Publishing` section: time zone, spacing and quiet hours of channel posts.</summary>
public sealed class PublishingOptions
{
    public const string Section = "Publishing";
    public string TimeZone { get; set; } = "Europe/Kyiv";
    public TimeSpan MinGap { get; set; } = TimeSpan.Zero;
    public string QuietHours { get; set; } = "";
}

/// <summary>The `Network` section: rules for fetching feeds and pages.</summary>
public sealed class NetworkOptions
{
    public const string Section = "Network";
    public bool AllowPrivateAddresses { get; set; }
}

/// <summary>Checks every option at start and names each problem on its own line (SPEC §2).</summary>
public static partial class OptionsRules
{
    [GeneratedRegex(@"^[0-9]{3,12}:[A-Za-z0-9_-]{20,}$", RegexOptions.NonBacktracking)]
    private static partial Regex TokenShape();

    [GeneratedRegex(@"^(@[A-Za-z][A-Za-z0-9_]{3,31}|-?[0-9]{1,16})$", RegexOptions.NonBacktracking)]
    private static partial Regex ChatShape();

    [GeneratedRegex(@"^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$", RegexOptions.NonBacktracking)]
    private static partial Regex QuietShape();

    public static IEnumerable<string> Check(TelegramOptions o)
    {
        // No token at all is playground mode (SPEC §5), not a mistake.
        if (!string.IsNullOrWhiteSpace(o.BotToken) && !TokenShape().IsMatch(o.BotToken))
            yield return "Telegram:BotToken does not look like a bot token (expected <digits>:<secret>).";
        if (!IsHttpUrl(o.ApiBaseUrl))
            yield return $"Telegram:ApiBaseUrl must be an absolute http(s) URL, got '{o.ApiBaseUrl}'.";
        for (var i = 0; i < o.Channels.Count; i++)
            if (!ChatShape().IsMatch(o.Channels[i] ?? ""))
                yield return $"Telegram:Channels:{i} must be @username or a numeric chat id, got '{o.Channels[i]}'.";
        for (var i = 0; i < o.Editors.Count; i++)
            if (o.Editors[i] <= 0)
                yield return $"Telegram:Editors:{i} must be a positive Telegram user id, got '{o.Editors[i]}'.";
        if (o.MessagesPerSecond is < 1 or > 1000)
            yield return $"Telegram:MessagesPerSecond must be between 1 and 1000, got {o.MessagesPerSecond}.";
        if (o.MessagesPerMinutePerGroup is < 1 or > 1000)
            yield return $"Telegram:MessagesPerMinutePerGroup must be between 1 and 1000, got {o.MessagesPerMinutePerGroup}.";
        if (o.PollTimeout is < 0 or > 50)
            yield return $"Telegram:PollTimeout must be between 0 and 50 seconds, got {o.PollTimeout}.";
    }

    /// <summary>The binder silently drops a list entry it cannot convert (an editor id, a whole feed), so those lists are checked as written.</summary>
    public static IEnumerable<string> CheckAsWritten(IConfiguration config)
    {
        foreach (var entry in config.GetSection($"{TelegramOptions.Section}:Editors").GetChildren())
            if (!long.TryParse(entry.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                yield return $"Telegram:Editors:{entry.Key} must be a numeric Telegram user id, got '{entry.Value}'.";
        foreach (var feed in config.GetSection(FeedsOptions.Section).GetChildren())
        {
            if (feed[nameof(FeedOptions.PollInterval)] is { } interval && !TimeSpan.TryParse(interval, CultureInfo.InvariantCulture, out _))
                yield return $"Feeds:{feed.Key}:PollInterval must be a time span like 00:05:00, got '{interval}'.";
            if (feed[nameof(FeedOptions.Mode)] is { } mode && !Enum.TryParse<FeedMode>(mode, ignoreCase: true, out _))
                yield return $"Feeds:{feed.Key}:Mode must be Auto or Approval, got '{mode}'.";
        }
    }

    public static IEnumerable<string> Check(FeedsOptions o)
    {
        for (var i = 0; i < o.Items.Count; i++)
        {
            var feed = o.Items[i];
            if (!IsHttpUrl(feed.Url))
                yield return $"Feeds:{i}:Url must be an absolute http(s) URL, got '{feed.Url}'.";
            if (feed.PollInterval < TimeSpan.FromSeconds(1) || feed.PollInterval > TimeSpan.FromDays(1))
                yield return $"Feeds:{i}:PollInterval must be between 00:00:01 and 1.00:00:00, got {feed.PollInterval}.";
            for (var j = 0; j < feed.Channels.Count; j++)
                if (!ChatShape().IsMatch(feed.Channels[j] ?? ""))
                    yield return $"Feeds:{i}:Channels:{j} must be @username or a numeric chat id, got '{feed.Channels[j]}'.";
        }
        var twice = o.Items.GroupBy(f => f.Url).Where(g => g.Count() > 1).Select(g => g.Key);
        foreach (var url in twice)
            yield return $"Feeds: '{url}' is configured more than once.";
    }

    public static IEnumerable<string> Check(StorageOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.Path))
            yield return "Storage:Path must name the LiteDB file.";
    }

    public static IEnumerable<string> Check(PublishingOptions o)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _))
            yield return $"Publishing:TimeZone '{o.TimeZone}' is not a known IANA time zone.";
        if (o.MinGap < TimeSpan.Zero || o.MinGap > TimeSpan.FromDays(1))
            yield return $"Publishing:MinGap must be between 00:00:00 and 1.00:00:00, got {o.MinGap}.";
        if (!string.IsNullOrEmpty(o.QuietHours) && !QuietShape().IsMatch(o.QuietHours))
            yield return $"Publishing:QuietHours must look like 00:00-07:00, got '{o.QuietHours}'.";
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
