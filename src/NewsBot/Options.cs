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

/// <summary>What happens to a published article whose feed item or page changes (Publishing:OnUpdate).</summary>
public enum UpdatePolicy { Edit, Ignore }

/// <summary>What happens to a published article whose page is gone (Publishing:OnRemoval).</summary>
public enum RemovalPolicy { Ask, Delete, Ignore }

/// <summary>The `Publishing` section: time zone, spacing and quiet hours of channel posts, and how published articles are followed.</summary>
public sealed class PublishingOptions
{
    public const string Section = "Publishing";
    public string TimeZone { get; set; } = "Europe/Kyiv";
    public TimeSpan MinGap { get; set; } = TimeSpan.Zero;
    public string QuietHours { get; set; } = "";
    public UpdatePolicy OnUpdate { get; set; } = UpdatePolicy.Edit;
    public RemovalPolicy OnRemoval { get; set; } = RemovalPolicy.Ask;

    /// <summary>How long after publication corrections and removals are followed.</summary>
    public TimeSpan EditWindow { get; set; } = TimeSpan.FromDays(2);
}

/// <summary>One entry of the `Routing` array (SPEC §2): a section's articles also go to these targets.</summary>
public sealed class RouteOptions
{
    public string Section { get; set; } = "";
    public List<string> Channels { get; set; } = [];
}

/// <summary>The `Routing` section: sections routed to channels and forum topics of their own.</summary>
public sealed class RoutingOptions
{
    public const string Section = "Routing";
    public List<RouteOptions> Items { get; set; } = [];
}

/// <summary>One entry of the `ChannelSettings` array: how posts look in one target (a chat, or one forum topic of it).
/// The defaults are today's posts: no link preview, no hashtags, with sound.</summary>
public sealed class ChannelSettingOptions
{
    /// <summary>"@name" or a chat id; with ":TOPIC" only that topic.</summary>
    public string Target { get; set; } = "";

    /// <summary>A text post shows the article's link preview (link_preview_options) under it.</summary>
    public bool LinkPreview { get; set; }

    /// <summary>The item's categories follow the post as hashtags (#WorldNews), when they fit.</summary>
    public bool Hashtags { get; set; }

    /// <summary>Posts arrive without a notification sound (breaking news still rings).</summary>
    public bool Silent { get; set; }
}

/// <summary>The `ChannelSettings` section: per-target post settings.</summary>
public sealed class ChannelSettingsOptions
{
    public const string Section = "ChannelSettings";
    public List<ChannelSettingOptions> Items { get; set; } = [];
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

    [GeneratedRegex(@"^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$", RegexOptions.NonBacktracking)]
    private static partial Regex QuietShape();

    public static IEnumerable<string> Check(TelegramOptions o)
    {
        // No token at all is playground mode (SPEC §5), not a mistake.
        if (!string.IsNullOrWhiteSpace(o.BotToken) && !TokenShape().IsMatch(o.BotToken))
            yield return "Telegram:BotToken does not look like a bot token (expected <digits>:<secret>).";
        if (!IsHttpUrl(o.ApiBaseUrl))
            yield return $"Telegram:ApiBaseUrl must be an absolute http(s) URL, got '{o.ApiBaseUrl}'.";
        foreach (var problem in CheckTargets("Telegram:Channels", o.Channels)) yield return problem;
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
        var publishing = config.GetSection(PublishingOptions.Section);
        if (publishing[nameof(PublishingOptions.OnUpdate)] is { } onUpdate && !Enum.TryParse<UpdatePolicy>(onUpdate, ignoreCase: true, out _))
            yield return $"Publishing:OnUpdate must be Edit or Ignore, got '{onUpdate}'.";
        if (publishing[nameof(PublishingOptions.OnRemoval)] is { } onRemoval && !Enum.TryParse<RemovalPolicy>(onRemoval, ignoreCase: true, out _))
            yield return $"Publishing:OnRemoval must be Ask, Delete or Ignore, got '{onRemoval}'.";
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
            foreach (var problem in CheckTargets($"Feeds:{i}:Channels", feed.Channels)) yield return problem;
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
        if (o.EditWindow < TimeSpan.Zero || o.EditWindow > TimeSpan.FromDays(30))
            yield return $"Publishing:EditWindow must be between 00:00:00 and 30.00:00:00, got {o.EditWindow}.";
    }

    public static IEnumerable<string> Check(RoutingOptions o)
    {
        for (var i = 0; i < o.Items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(o.Items[i].Section))
                yield return $"Routing:{i}:Section must name a section (a feed name or an article category).";
            if (o.Items[i].Channels.Count == 0)
                yield return $"Routing:{i}:Channels must list at least one target.";
            foreach (var problem in CheckTargets($"Routing:{i}:Channels", o.Items[i].Channels)) yield return problem;
        }
    }

    public static IEnumerable<string> Check(ChannelSettingsOptions o)
    {
        for (var i = 0; i < o.Items.Count; i++)
            if (ChatTarget.Parse(o.Items[i].Target) is null)
                yield return $"ChannelSettings:{i}:Target must be @username or a numeric chat id, optionally :TOPIC, got '{o.Items[i].Target}'.";
    }

    /// <summary>Every target: @username or a numeric chat id, optionally followed by :TOPIC, a forum topic's id (SPEC §2).</summary>
    private static IEnumerable<string> CheckTargets(string key, List<string> targets)
    {
        for (var i = 0; i < targets.Count; i++)
            if (ChatTarget.Parse(targets[i]) is null)
                yield return $"{key}:{i} must be @username or a numeric chat id, optionally followed by :TOPIC (a forum topic id), got '{targets[i]}'.";
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
