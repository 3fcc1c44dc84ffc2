using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>How posts look in one target (ChannelSettings): link previews for text posts, hashtags from categories, silent posting.
/// The default is today's post.</summary>
public sealed record PostStyle(bool LinkPreview = false, bool Hashtags = false, bool Silent = false)
{
    public static readonly PostStyle Default = new();
}

/// <summary>What rules a chat's sends right now: /pause, Publishing:MinGap after its last channel post, Publishing:QuietHours, and the
/// target's post style.</summary>
public sealed record ChannelRules(bool Paused, DateTime? LastSent, TimeSpan MinGap, QuietHours Quiet, TimeZoneInfo Zone, PostStyle? Style = null)
{
    public PostStyle PostStyle => Style ?? PostStyle.Default;
}

/// <summary>Gathers the <see cref="ChannelRules"/> of a chat (the last post time is remembered after the first look-up).</summary>
public sealed class ChannelGate(
    IOutbox outbox, ISettings settings, PublishingClock clock, IOptions<PublishingOptions> publishing, IOptions<ChannelSettingsOptions>? styles = null)
{
    private readonly ConcurrentDictionary<string, DateTime?> _lastSent = new();
    private readonly Lazy<QuietHours> _quiet = new(() => QuietHours.Parse(publishing.Value.QuietHours));
    private readonly Lazy<IReadOnlyList<(ChatTarget Target, PostStyle Style)>> _styles = new(() => (styles?.Value.Items ?? [])
        .Select(s => (Target: ChatTarget.Parse(s.Target)!, Style: new PostStyle(s.LinkPreview, s.Hashtags, s.Silent))).Where(s => s.Target is not null).ToList());

    /// <summary>The rules for a delivery: a channel post's pause, spacing, quiet hours and style; for any other lane only the quiet hours
    /// (its sound), so a fan-out to 100,000 readers costs no look-ups.</summary>
    public ChannelRules RulesFor(DeliveryRecord delivery) => delivery.IsChannelPost
        ? new(settings.Get(ISettings.Paused) != 0, _lastSent.GetOrAdd(delivery.Chat, outbox.LastChannelPostAt), publishing.Value.MinGap, _quiet.Value,
            clock.Zone, StyleOf(delivery.Chat, delivery.Thread))
        : new(false, null, TimeSpan.Zero, _quiet.Value, clock.Zone);

    /// <summary>A topic's own settings win over its chat's; a chat's apply to all its topics.</summary>
    public PostStyle StyleOf(string chat, int? topic) =>
        _styles.Value.FirstOrDefault(s => s.Target.Chat == chat && s.Target.Topic == topic && topic is not null).Style
        ?? _styles.Value.FirstOrDefault(s => s.Target.Chat == chat && s.Target.Topic is null).Style
        ?? PostStyle.Default;

    /// <summary>When the quiet time around <paramref name="now"/> ends, or null when it is not quiet now.</summary>
    public DateTime? QuietUntil(DateTime now) => _quiet.Value.EndAfter(now, clock.Zone);

    /// <summary>Told after a channel post went out, so spacing can count from it.</summary>
    public void Sent(DeliveryRecord delivery, DateTime at)
    {
        if (delivery is { IsChannelPost: true, IsSend: true }) _lastSent[delivery.Chat] = at;
    }
}
