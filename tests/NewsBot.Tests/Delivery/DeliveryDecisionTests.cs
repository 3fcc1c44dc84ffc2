using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Tests.Delivery;

/// <summary>The pure decision the delivery worker carries out: send (silently in quiet hours), act on a sent message, hold, drop or done.</summary>
public sealed class DeliveryDecisionTests
{
    private static readonly TimeZoneInfo Kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");
    private static readonly DateTime Noon = new(2026, 6, 10, 9, 0, 0, DateTimeKind.Utc); // 12:00 in Kyiv
    private static readonly ArticleRecord Article = new() { Id = 1, FeedUrl = "https://x.example/rss", Url = "https://x.example/a", PostHtml = "<b>A</b>", PostButtonText = "Read more" };

    private static ChannelRules Rules(bool paused = false, string quiet = "", DateTime? lastSent = null, int minGapMinutes = 0) =>
        new(paused, lastSent, TimeSpan.FromMinutes(minGapMinutes), QuietHours.Parse(quiet), Kyiv);

    private static DeliveryRecord To(Lane lane, string? text = null) => new() { ArticleId = text is null ? 1 : 0, Chat = "@newsroom", Lane = lane, Text = text };

    [Fact]
    public void A_channel_post_goes_now_with_its_button()
    {
        var send = Assert.IsType<DeliveryDecision.Send>(DeliveryDecision.Decide(To(Lane.Channel), Article, null, Rules(), Noon));
        Assert.Equal(("<b>A</b>", "Read more", "https://x.example/a", false), (send.Post.Html, send.Post.ButtonText, send.Post.ButtonUrl, send.Post.Silent));
    }

    [Fact]
    public void Pause_quiet_hours_and_min_gap_hold_only_the_channel_lane()
    {
        Assert.IsType<DeliveryDecision.Hold>(DeliveryDecision.Decide(To(Lane.Channel), Article, null, Rules(paused: true), Noon));
        Assert.Equal(Noon.AddMinutes(4), Assert.IsType<DeliveryDecision.Hold>(
            DeliveryDecision.Decide(To(Lane.Channel), Article, null, Rules(lastSent: Noon.AddMinutes(-6), minGapMinutes: 10), Noon)).Until);
        var reader = Assert.IsType<DeliveryDecision.Send>(DeliveryDecision.Decide(To(Lane.Reader), Article, null, Rules(paused: true, quiet: "11:00-13:00"), Noon));
        Assert.True(reader.Post.Silent);
        Assert.IsType<DeliveryDecision.Send>(DeliveryDecision.Decide(To(Lane.Broadcast, "<b>hi</b>"), null, null, Rules(paused: true), Noon));
    }

    [Fact]
    public void Missing_posts_and_refusing_chats_are_dropped()
    {
        Assert.IsType<DeliveryDecision.Drop>(DeliveryDecision.Decide(To(Lane.Channel), null, null, Rules(), Noon));
        Assert.IsType<DeliveryDecision.Drop>(DeliveryDecision.Decide(To(Lane.Reader), Article, new ChatRecord { Disabled = true, Reason = "403" }, Rules(), Noon));
    }

    private static readonly ArticleRecord Photo = new()
    {
        Id = 2, FeedUrl = "https://x.example/rss", Url = "https://x.example/b", PostHtml = "<b>B</b>", PostPhotoUrl = "https://cdn.example/b.jpg",
        PostButtonText = "Read more", Categories = ["World news", "Politics"],
    };

    private static DeliveryRecord Sent(ArticleRecord article, string? shownPhoto, string? shownPost, DeliveryState state = DeliveryState.Sent) => new()
    {
        Id = 10, ArticleId = article.Id, Chat = "@newsroom", Lane = Lane.Channel, State = state, MessageId = state == DeliveryState.Pending ? null : 501,
        ShownPhoto = shownPhoto, ShownPost = shownPost, DueAt = Noon.AddMinutes(30),
    };

    private static DeliveryRecord On(DeliveryRecord post, DeliveryAction action) => DeliveryRecord.On(post, action, Noon);

    [Fact]
    public void An_edit_makes_the_message_show_the_current_post_and_is_done_when_it_already_does()
    {
        var post = DeliveryDecision.PostOf(new DeliveryRecord(), Photo)!;
        var stale = Sent(Photo, "https://cdn.example/a.jpg", "OLD");

        var edit = Assert.IsType<DeliveryDecision.Edit>(DeliveryDecision.Decide(On(stale, DeliveryAction.Edit), Photo, null, Rules(quiet: "11:00-13:00", paused: true), Noon, stale));
        Assert.Equal((501, "https://cdn.example/a.jpg", "https://cdn.example/b.jpg", "<b>B</b>"), (edit.MessageId, edit.ShownPhoto, edit.Post.PhotoUrl, edit.Post.Html));

        var current = Sent(Photo, "https://cdn.example/b.jpg", post.Fingerprint);
        Assert.IsType<DeliveryDecision.Done>(DeliveryDecision.Decide(On(current, DeliveryAction.Edit), Photo, null, Rules(), Noon, current));
    }

    [Fact]
    public void Acting_on_a_post_waits_for_its_send_and_is_dropped_when_it_was_never_sent()
    {
        var pending = Sent(Article, null, null, DeliveryState.Pending);
        Assert.Equal(Noon.AddMinutes(30).AddSeconds(1), Assert.IsType<DeliveryDecision.Hold>(
            DeliveryDecision.Decide(On(pending, DeliveryAction.Pin), Article, null, Rules(), Noon, pending)).Until);
        var failed = Sent(Article, null, null, DeliveryState.Failed);
        Assert.IsType<DeliveryDecision.Drop>(DeliveryDecision.Decide(On(failed, DeliveryAction.Edit), Article, null, Rules(), Noon, failed));
        Assert.IsType<DeliveryDecision.Drop>(DeliveryDecision.Decide(On(failed, DeliveryAction.Edit), Article, null, Rules(), Noon, null));
    }

    [Fact]
    public void A_deletion_deletes_a_message_in_the_chat_once()
    {
        var sent = Sent(Article, null, "x");
        Assert.Equal(501, Assert.IsType<DeliveryDecision.Delete>(DeliveryDecision.Decide(On(sent, DeliveryAction.Delete), Article, null, Rules(paused: true), Noon, sent)).MessageId);
        var inFlight = Sent(Article, null, "x", DeliveryState.Cancelled);
        Assert.IsType<DeliveryDecision.Delete>(DeliveryDecision.Decide(On(inFlight, DeliveryAction.Delete), Article, null, Rules(), Noon, inFlight));
        inFlight.DeletedAt = Noon;
        Assert.IsType<DeliveryDecision.Done>(DeliveryDecision.Decide(On(inFlight, DeliveryAction.Delete), Article, null, Rules(), Noon, inFlight));
    }

    [Fact]
    public void Pins_and_unpins_act_on_the_sent_message_and_wait_for_a_held_channel()
    {
        var sent = Sent(Article, null, "x");
        Assert.Equal(501, Assert.IsType<DeliveryDecision.Pin>(DeliveryDecision.Decide(On(sent, DeliveryAction.Pin), Article, null, Rules(), Noon, sent)).MessageId);
        Assert.Equal(501, Assert.IsType<DeliveryDecision.Unpin>(DeliveryDecision.Decide(On(sent, DeliveryAction.Unpin), Article, null, Rules(), Noon, sent)).MessageId);
        var deleted = Sent(Article, null, "x", DeliveryState.Cancelled);
        deleted.DeletedAt = Noon;
        Assert.IsType<DeliveryDecision.Done>(DeliveryDecision.Decide(On(deleted, DeliveryAction.Unpin), Article, null, Rules(), Noon, deleted));
        Assert.IsType<DeliveryDecision.Drop>(DeliveryDecision.Decide(On(deleted, DeliveryAction.Pin), Article, null, Rules(), Noon, deleted));
        var held = new ChatRecord { HeldSince = Noon, NextProbeAt = Noon.AddMinutes(5) };
        Assert.Equal(Noon.AddMinutes(5), Assert.IsType<DeliveryDecision.Hold>(DeliveryDecision.Decide(On(sent, DeliveryAction.Pin), Article, held, Rules(), Noon, sent)).Until);
    }

    [Fact]
    public void A_breaking_post_rings_even_in_quiet_hours_and_silent_channels_and_is_never_held()
    {
        var breaking = new ArticleRecord { Id = 3, Url = "https://x.example/c", PostHtml = "<b>C</b>", Breaking = true };
        var urgent = new DeliveryRecord { ArticleId = 3, Chat = "@newsroom", Lane = Lane.Urgent };
        var rules = Rules(quiet: "11:00-13:00", lastSent: Noon.AddMinutes(-1), minGapMinutes: 10) with { Style = new PostStyle(Silent: true) };

        Assert.False(Assert.IsType<DeliveryDecision.Send>(DeliveryDecision.Decide(urgent, breaking, null, rules, Noon)).Post.Silent);
        Assert.False(Assert.IsType<DeliveryDecision.Send>(DeliveryDecision.Decide(To(Lane.Reader), breaking, null, rules, Noon)).Post.Silent);
    }

    [Fact]
    public void A_channels_style_adds_hashtags_a_link_preview_and_silence()
    {
        var rules = Rules() with { Style = new PostStyle(LinkPreview: true, Hashtags: true, Silent: true) };
        var text = new ArticleRecord { Id = 2, Url = Photo.Url, PostHtml = Photo.PostHtml, Categories = Photo.Categories };

        var photo = Assert.IsType<DeliveryDecision.Send>(DeliveryDecision.Decide(To(Lane.Channel), Photo, null, rules, Noon)).Post;
        var plain = Assert.IsType<DeliveryDecision.Send>(DeliveryDecision.Decide(To(Lane.Channel), text, null, rules, Noon)).Post;

        Assert.Equal(("<b>B</b>\n\n#WorldNews #Politics", null, true), (photo.Html, photo.PreviewUrl, photo.Silent));
        Assert.Equal("https://x.example/b", plain.PreviewUrl);
        var defaults = Assert.IsType<DeliveryDecision.Send>(DeliveryDecision.Decide(To(Lane.Channel), Photo, null, Rules(), Noon)).Post;
        Assert.Equal(("<b>B</b>", null, false), (defaults.Html, defaults.PreviewUrl, defaults.Silent));
    }

    [Fact]
    public void A_digest_minute_the_spring_forward_skips_goes_out_when_the_clock_lands()
    {
        // Kyiv, 29 March 2026: 03:00 EET becomes 04:00 EEST at 01:00 UTC.
        Assert.Equal([179], DigestSweep.DigestMinutes(new DateTime(2026, 3, 29, 0, 59, 0, DateTimeKind.Utc), Kyiv));
        var landing = DigestSweep.DigestMinutes(new DateTime(2026, 3, 29, 1, 0, 0, DateTimeKind.Utc), Kyiv).ToList();
        Assert.Equal(Enumerable.Range(180, 61), landing);
        Assert.Equal([241], DigestSweep.DigestMinutes(new DateTime(2026, 3, 29, 1, 1, 0, DateTimeKind.Utc), Kyiv));
    }
}
