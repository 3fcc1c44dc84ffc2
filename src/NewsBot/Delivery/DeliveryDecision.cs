using NewsBot.Posts;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>What to do with a due delivery now: send this post, hold it until a time, or drop it for good.</summary>
public abstract record DeliveryDecision
{
    public sealed record Send(Post Post) : DeliveryDecision;

    public sealed record Hold(DateTime Until) : DeliveryDecision;

    public sealed record Drop(string Reason) : DeliveryDecision;

    /// <summary>Decides one delivery (decide, then act: the worker only carries it out). Pure.</summary>
    /// <remarks>Channel posts obey /pause (automatic posts only), quiet hours and MinGap; messages to readers and editors are never
    /// held, and go without a notification sound during quiet hours (SPEC §2).</remarks>
    public static DeliveryDecision Decide(DeliveryRecord delivery, ArticleRecord? article, ChatRecord? chat, ChannelRules rules, DateTime now)
    {
        if (PostOf(delivery, article) is not { } post) return new Drop("article or its post is missing");
        if (chat is { Disabled: true }) return new Drop($"chat disabled: {chat.Reason}");
        if (chat is { HeldSince: not null }) return new Hold(chat.NextProbeAt is { } probe && probe > now ? probe : now + ChannelProbe.Interval);
        if (!delivery.IsChannelPost)
            return new Send(rules.Quiet.EndAfter(now, rules.Zone) is null ? post : post with { Silent = true });
        var until = PublishingPolicy.HoldUntil(rules.Paused, article?.IsAutomatic == true, rules.LastSent, rules.MinGap, rules.Quiet, rules.Zone, now);
        return until is { } u ? new Hold(u) : new Send(post);
    }

    /// <summary>The message a delivery carries: its own text, or its article's composed post with the Read more button.</summary>
    public static Post? PostOf(DeliveryRecord delivery, ArticleRecord? article) =>
        delivery.Text is { } text ? new Post(text, null, null, null)
        : article?.PostHtml is { } html ? new Post(html, article.PostPhotoUrl, article.PostButtonText ?? "Read more", article.Url)
        : null;
}
