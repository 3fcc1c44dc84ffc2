using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>Decides when a channel post may go out: /pause (automatic posts only), Publishing:QuietHours and Publishing:MinGap per channel.
/// Subscribers' chats pass untouched.</summary>
public sealed class ChannelGate(NewsStore store, IOptions<PublishingOptions> publishing, IOptions<TelegramOptions> telegram, IOptions<FeedsOptions> feeds)
{
    private readonly ConcurrentDictionary<string, DateTime?> _lastSent = new();
    private readonly Lazy<TimeZoneInfo> _zone = new(() => TimeZoneInfo.FindSystemTimeZoneById(publishing.Value.TimeZone));
    private readonly Lazy<QuietHours> _quiet = new(() => QuietHours.Parse(publishing.Value.QuietHours));
    private readonly Lazy<HashSet<string>> _channels = new(() =>
        [.. telegram.Value.Channels, .. feeds.Value.Items.SelectMany(f => f.Channels)]);

    /// <summary>Every configured channel: Telegram:Channels and each feed's own.</summary>
    public IReadOnlyCollection<string> Channels => _channels.Value;

    public TimeZoneInfo Zone => _zone.Value;

    /// <summary>Null when the delivery may be sent now, else the time to try it again.</summary>
    public DateTime? HoldUntil(DeliveryRecord delivery, ArticleRecord? article, DateTime now)
    {
        if (article is null || delivery.Priority != 0 || !_channels.Value.Contains(delivery.Chat)) return null;
        var last = _lastSent.GetOrAdd(delivery.Chat, store.LastSentAt);
        var automatic = !string.IsNullOrEmpty(article.FeedUrl);
        return PublishingPolicy.HoldUntil(store.Paused, automatic, last, publishing.Value.MinGap, _quiet.Value, Zone, now);
    }

    /// <summary>True during Publishing:QuietHours: subscribers' messages still go, without a notification sound (SPEC §2).</summary>
    public bool IsQuiet(DateTime now) => _quiet.Value.EndAfter(now, Zone) is not null;

    /// <summary>Told after a channel post went out, so spacing can count from it.</summary>
    public void Sent(DeliveryRecord delivery, DateTime at)
    {
        if (delivery.ArticleId != 0 && _channels.Value.Contains(delivery.Chat)) _lastSent[delivery.Chat] = at;
    }
}
