using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>What rules a chat's sends right now: /pause, Publishing:MinGap after its last channel post, Publishing:QuietHours.</summary>
public sealed record ChannelRules(bool Paused, DateTime? LastSent, TimeSpan MinGap, QuietHours Quiet, TimeZoneInfo Zone);

/// <summary>Gathers the <see cref="ChannelRules"/> of a chat (the last post time is remembered after the first look-up).</summary>
public sealed class ChannelGate(IOutbox outbox, ISettings settings, PublishingClock clock, IOptions<PublishingOptions> publishing)
{
    private readonly ConcurrentDictionary<string, DateTime?> _lastSent = new();
    private readonly Lazy<QuietHours> _quiet = new(() => QuietHours.Parse(publishing.Value.QuietHours));

    /// <summary>The rules for a delivery: a channel post's pause, spacing and quiet hours; for any other lane only the quiet hours
    /// (its sound), so a fan-out to 100,000 readers costs no look-ups.</summary>
    public ChannelRules RulesFor(DeliveryRecord delivery) => delivery.IsChannelPost
        ? new(settings.Get(ISettings.Paused) != 0, _lastSent.GetOrAdd(delivery.Chat, outbox.LastChannelPostAt), publishing.Value.MinGap, _quiet.Value, clock.Zone)
        : new(false, null, TimeSpan.Zero, _quiet.Value, clock.Zone);

    /// <summary>When the quiet time around <paramref name="now"/> ends, or null when it is not quiet now.</summary>
    public DateTime? QuietUntil(DateTime now) => _quiet.Value.EndAfter(now, clock.Zone);

    /// <summary>Told after a channel post went out, so spacing can count from it.</summary>
    public void Sent(DeliveryRecord delivery, DateTime at)
    {
        if (delivery.IsChannelPost) _lastSent[delivery.Chat] = at;
    }
}
