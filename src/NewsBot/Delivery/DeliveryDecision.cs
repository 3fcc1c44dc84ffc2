using NewsBot.Posts;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>What to do with a due delivery now: send this post, act on a message already in the chat (edit, delete, pin, unpin), hold
/// it until a time, drop it for good, or count it done because its chat already shows what it asks for.</summary>
public abstract record DeliveryDecision
{
    public sealed record Send(Post Post) : DeliveryDecision;

    /// <summary>Make message <paramref name="MessageId"/> show <paramref name="Post"/>; it shows <paramref name="ShownPhoto"/> now (null: a text message).</summary>
    public sealed record Edit(Post Post, int MessageId, string? ShownPhoto) : DeliveryDecision;

    public sealed record Delete(int MessageId) : DeliveryDecision;

    public sealed record Pin(int MessageId) : DeliveryDecision;

    public sealed record Unpin(int MessageId) : DeliveryDecision;

    public sealed record Hold(DateTime Until) : DeliveryDecision;

    public sealed record Drop(string Reason) : DeliveryDecision;

    /// <summary>Nothing to send: the chat already is as asked (the message shows this post, or is deleted).</summary>
    public sealed record Done(string Reason) : DeliveryDecision;

    /// <summary>How long an action waits for the post it acts on when that post is due now but still pending (its send failed a moment ago).</summary>
    public static readonly TimeSpan WaitForPost = TimeSpan.FromSeconds(5);

    /// <summary>Decides one delivery (decide, then act: the worker only carries it out). Pure.</summary>
    /// <param name="post">For an Edit, Delete, Pin or Unpin: the Send delivery whose message it acts on, as stored now.</param>
    /// <remarks>Channel posts obey /pause (automatic posts only), quiet hours and MinGap; messages to readers and editors are never
    /// held, and go without a notification sound during quiet hours (SPEC §2). The urgent lane — breaking posts, edits, deletions,
    /// pins — is never held by them: a breaking post rings even in quiet hours (SPEC §4).</remarks>
    public static DeliveryDecision Decide(DeliveryRecord delivery, ArticleRecord? article, ChatRecord? chat, ChannelRules rules, DateTime now, DeliveryRecord? post = null)
    {
        if (!delivery.IsSend) return DecideAction(delivery, article, chat, rules, now, post);
        if (PostOf(delivery, article) is not { } message) return new Drop("article or its post is missing");
        if (Refused(chat, now) is { } refused) return refused;
        var styled = Styled(message, delivery, article, rules, now);
        if (!delivery.IsChannelPost || delivery.Lane == Lane.Urgent) return new Send(styled);
        var until = PublishingPolicy.HoldUntil(rules.Paused, article?.IsAutomatic == true, rules.LastSent, rules.MinGap, rules.Quiet, rules.Zone, now);
        return until is { } u ? new Hold(u) : new Send(styled);
    }

    private static DeliveryDecision DecideAction(DeliveryRecord delivery, ArticleRecord? article, ChatRecord? chat, ChannelRules rules, DateTime now, DeliveryRecord? post)
    {
        if (Refused(chat, now) is { } refused) return refused;
        if (post is null) return new Drop("the post it acts on is missing");
        if (delivery.Action == DeliveryAction.Delete)
            return post.DeletedAt is not null ? new Done("already deleted")
                : post.MessageId is { } shown ? new Delete(shown)
                : post.State == DeliveryState.Pending ? new Hold(PostDue(post, now))
                : new Done("never reached the chat");
        if (delivery.Action == DeliveryAction.Unpin && post.DeletedAt is not null) return new Done("the message is deleted, and its pin with it");
        switch (post.State)
        {
            case DeliveryState.Pending:
                return new Hold(PostDue(post, now));
            case DeliveryState.Failed or DeliveryState.Cancelled:
                return new Drop($"its post was {(post.State == DeliveryState.Failed ? "not sent" : "retracted")}");
        }
        if (post.MessageId is not { } messageId) return new Drop("its post has no message id");
        switch (delivery.Action)
        {
            case DeliveryAction.Pin:
                return new Pin(messageId);
            case DeliveryAction.Unpin:
                return new Unpin(messageId);
        }
        if (PostOf(post, article) is not { } message) return new Drop("article or its post is missing");
        var styled = Styled(message, post, article, rules, now);
        var photoShown = styled.PhotoUrl is null || styled.PhotoUrl == post.ShownPhoto;
        return styled.Fingerprint == post.ShownPost && photoShown ? new Done("the message already shows this post") : new Edit(styled, messageId, post.ShownPhoto);
    }

    /// <summary>A chat Telegram refused: a reader's is dropped, a held channel's work waits for its next probe.</summary>
    private static DeliveryDecision? Refused(ChatRecord? chat, DateTime now)
    {
        if (chat is { Disabled: true }) return new Drop($"chat disabled: {chat.Reason}");
        if (chat is { HeldSince: not null }) return new Hold(chat.NextProbeAt is { } probe && probe > now ? probe : now + ChannelProbe.Interval);
        return null;
    }

    /// <summary>When a pending post is tried next, or shortly when it is due already.</summary>
    private static DateTime PostDue(DeliveryRecord post, DateTime now) => post.DueAt > now ? post.DueAt.AddSeconds(1) : now + WaitForPost;

    /// <summary>The message a delivery carries: its own text, or its article's composed post with the Read more button.</summary>
    public static Post? PostOf(DeliveryRecord delivery, ArticleRecord? article) =>
        delivery.Text is { } text ? new Post(text, null, null, null)
        : article?.PostHtml is { } html ? new Post(html, article.PostPhotoUrl, article.PostButtonText ?? "Read more", article.Url)
        : null;

    /// <summary>The post as this target shows it: a channel's style (hashtags, link preview, silent), a reader's quiet hours. A breaking
    /// article always rings.</summary>
    public static Post Styled(Post post, DeliveryRecord delivery, ArticleRecord? article, ChannelRules rules, DateTime now)
    {
        var breaking = article?.Breaking == true;
        if (!delivery.IsChannelPost)
            return breaking || rules.Quiet.EndAfter(now, rules.Zone) is null ? post : post with { Silent = true };
        if (article is null || delivery.Text is not null) return post;
        var style = rules.PostStyle;
        var limit = post.PhotoUrl is null ? PostComposer.TextLimit : PostComposer.CaptionLimit;
        return post with
        {
            Html = style.Hashtags ? Hashtags.Append(post.Html, Hashtags.Line(article.Categories), limit) : post.Html,
            PreviewUrl = style.LinkPreview && post.PhotoUrl is null ? article.Url : null,
            Silent = style.Silent && !breaking,
        };
    }
}
