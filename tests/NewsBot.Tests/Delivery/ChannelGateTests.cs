using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Delivery;

/// <summary>Publishing policy at the channel gate, on a fake clock: MinGap queues (never drops), quiet hours hold, /pause holds only automatic posts.</summary>
public sealed class ChannelGateTests : IDisposable
{
    private readonly LiteStore _store = new(Path.Combine(Some.TempDir(), "gate.db"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 10, 9, 0, 0, TimeSpan.Zero)); // 12:00 in Kyiv

    public void Dispose() => _store.Dispose();

    private ChannelGate Gate(TimeSpan? minGap = null, string quiet = "")
    {
        var publishing = Options.Create(new PublishingOptions { MinGap = minGap ?? TimeSpan.Zero, QuietHours = quiet });
        return new(_store.Outbox, _store.Settings, new PublishingClock(publishing, _time), publishing);
    }

    /// <summary>What the delivery decision says for this delivery under the gate's rules: null to send now, else the time it is held to.</summary>
    private static DateTime? HoldUntil(ChannelGate gate, DeliveryRecord delivery, ArticleRecord? article, DateTime now) =>
        DeliveryDecision.Decide(delivery, article, null, gate.RulesFor(delivery), now) switch
        {
            DeliveryDecision.Hold hold => hold.Until,
            DeliveryDecision.Send => null,
            var other => throw new InvalidOperationException($"unexpected {other}"),
        };

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    private static DeliveryRecord Channel(string chat = "@newsroom") => new() { ArticleId = 1, Chat = chat, Kind = ChatKind.Group, Lane = Lane.Channel };

    private static ArticleRecord Automatic => new() { FeedUrl = "https://x.example/rss", Url = "https://x.example/a", PostHtml = "<b>A</b>" };

    private static ArticleRecord Editors => new() { FeedUrl = "", Url = "https://x.example/e", PostHtml = "<b>E</b>" };

    [Fact]
    public void MinGap_spaces_queued_channel_posts_and_sends_every_one()
    {
        var gate = Gate(minGap: TimeSpan.FromMinutes(10));
        var sent = new List<DateTime>();
        for (var i = 0; i < 3; i++)
        {
            if (HoldUntil(gate, Channel(), Automatic, Now) is { } until) _time.SetUtcNow(until);
            Assert.Null(HoldUntil(gate, Channel(), Automatic, Now));
            gate.Sent(Channel(), Now);
            sent.Add(Now);
        }

        Assert.Equal([Now.AddMinutes(-20), Now.AddMinutes(-10), Now], sent);
    }

    [Fact]
    public void MinGap_counts_per_channel_and_leaves_subscribers_alone()
    {
        var gate = Gate(minGap: TimeSpan.FromMinutes(10));
        gate.Sent(Channel(), Now);

        Assert.Equal(Now.AddMinutes(10), HoldUntil(gate, Channel(), Automatic, Now));
        Assert.Null(HoldUntil(gate, Channel("@english"), Automatic, Now));
        Assert.Null(HoldUntil(gate, new DeliveryRecord { ArticleId = 1, Chat = "-100500", Kind = ChatKind.Group, Lane = Lane.Reader }, Automatic, Now));
    }

    [Fact]
    public void MinGap_remembers_the_last_post_across_a_restart()
    {
                var article = _store.AddPublished(new ArticleRecord { Key = "k", Title = "t", State = ArticleState.Published },
            [new DeliveryTarget("@newsroom", ChatKind.Group, Lane.Channel)], Now)!;
        _store.Outbox.MarkSent(_store.Outbox.OfArticle(article.Id).Single(), 5, Now);
        _time.Advance(TimeSpan.FromMinutes(4));

        Assert.Equal(Now.AddMinutes(6), HoldUntil(Gate(minGap: TimeSpan.FromMinutes(10)), Channel(), Automatic, Now));
    }

    [Theory]
    [InlineData("00:00-07:00", "2026-06-09T22:30Z", "2026-06-10T04:00Z")] // 01:30 Kyiv → 07:00 Kyiv
    [InlineData("00:00-07:00", "2026-06-10T03:59Z", "2026-06-10T04:00Z")]
    [InlineData("00:00-07:00", "2026-06-10T04:00Z", null)]
    [InlineData("00:00-07:00", "2026-06-09T20:59Z", null)] // 23:59 Kyiv
    [InlineData("22:00-06:00", "2026-06-09T20:30Z", "2026-06-10T03:00Z")] // 23:30 Kyiv → 06:00 next day
    [InlineData("22:00-06:00", "2026-06-09T23:30Z", "2026-06-10T03:00Z")] // 02:30 Kyiv
    [InlineData("22:00-06:00", "2026-06-10T09:00Z", null)]
    [InlineData("00:00-07:00", "2026-03-28T23:30Z", "2026-03-29T04:00Z")] // the spring-forward night: 07:00 EEST
    public void Quiet_hours_hold_channel_posts_until_they_end(string quiet, string now, string? until)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        var gate = Gate(quiet: quiet);

        var held = HoldUntil(gate, Channel(), Editors, time.GetUtcNow().UtcDateTime);

        Assert.Equal(until is null ? null : DateTimeOffset.Parse(until, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, held);
    }

    [Fact]
    public void Pause_holds_automatic_posts_but_not_an_editors_post()
    {
        var gate = Gate();
        _store.Settings.Save(ISettings.Paused, 1);

        Assert.Equal(Now + PublishingPolicy.PausedRecheck, HoldUntil(gate, Channel(), Automatic, Now));
        Assert.Null(HoldUntil(gate, Channel(), Editors, Now));

        _store.Settings.Save(ISettings.Paused, 0);
        Assert.Null(HoldUntil(gate, Channel(), Automatic, Now));
    }

    [Fact]
    public void Messages_of_their_own_pass_the_gate()
    {
        _store.Settings.Save(ISettings.Paused, 1);

        Assert.Null(HoldUntil(Gate(quiet: "00:00-23:59"), new DeliveryRecord { Chat = "@newsroom", Lane = Lane.Reader, Text = "hi" }, null, Now));
    }
}
