using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Tests.Delivery;

/// <summary>The pure decision the delivery worker carries out: send (silently in quiet hours), hold, or drop.</summary>
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
