using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Delivery;

/// <summary>Publishing policy at the channel gate, on a fake clock: MinGap queues (never drops), quiet hours hold, /pause holds only automatic posts.</summary>
public sealed class ChannelGateTests : IDisposable
{
    private readonly NewsStore _store = new(Path.Combine(Some.TempDir(), "gate.db"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 10, 9, 0, 0, TimeSpan.Zero)); // 12:00 in Kyiv

    public void Dispose() => _store.Dispose();

    private ChannelGate Gate(TimeSpan? minGap = null, string quiet = "") => new(_store,
        Options.Create(new PublishingOptions { MinGap = minGap ?? TimeSpan.Zero, QuietHours = quiet }),
        Options.Create(new TelegramOptions { Channels = ["@newsroom"] }),
        Options.Create(new FeedsOptions { Items = [new FeedOptions { Url = "https://x.example/rss", Channels = ["@english"] }] }));

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    private static DeliveryRecord Channel(string chat = "@newsroom") => new() { ArticleId = 1, Chat = chat, Kind = ChatKind.Group, Priority = 0 };

    private static ArticleRecord Automatic => new() { FeedUrl = "https://x.example/rss" };

    private static ArticleRecord Editors => new() { FeedUrl = "" };

    [Fact]
    public void MinGap_spaces_queued_channel_posts_and_sends_every_one()
    {
        var gate = Gate(minGap: TimeSpan.FromMinutes(10));
        var sent = new List<DateTime>();
        for (var i = 0; i < 3; i++)
        {
            if (gate.HoldUntil(Channel(), Automatic, Now) is { } until) _time.SetUtcNow(until);
            Assert.Null(gate.HoldUntil(Channel(), Automatic, Now));
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

        Assert.Equal(Now.AddMinutes(10), gate.HoldUntil(Channel(), Automatic, Now));
        Assert.Null(gate.HoldUntil(Channel("@english"), Automatic, Now));
        Assert.Null(gate.HoldUntil(new DeliveryRecord { ArticleId = 1, Chat = "-100500", Kind = ChatKind.Group, Priority = 1 }, Automatic, Now));
    }

    [Fact]
    public void MinGap_remembers_the_last_post_across_a_restart()
    {
        _store.AddMessages([], Now);
        var article = _store.AddPublished(new ArticleRecord { Key = "k", Title = "t", State = ArticleState.Published },
            [new DeliveryTarget("@newsroom", ChatKind.Group, 0)], Now)!;
        _store.MarkSent(_store.Deliveries(article.Id).Single(), 5, Now);
        _time.Advance(TimeSpan.FromMinutes(4));

        Assert.Equal(Now.AddMinutes(6), Gate(minGap: TimeSpan.FromMinutes(10)).HoldUntil(Channel(), Automatic, Now));
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

        var held = gate.HoldUntil(Channel(), Editors, time.GetUtcNow().UtcDateTime);

        Assert.Equal(until is null ? null : DateTimeOffset.Parse(until, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, held);
    }

    [Fact]
    public void Pause_holds_automatic_posts_but_not_an_editors_post()
    {
        var gate = Gate();
        _store.SaveSetting(NewsStore.PausedSetting, 1);

        Assert.Equal(Now + PublishingPolicy.PausedRecheck, gate.HoldUntil(Channel(), Automatic, Now));
        Assert.Null(gate.HoldUntil(Channel(), Editors, Now));

        _store.SaveSetting(NewsStore.PausedSetting, 0);
        Assert.Null(gate.HoldUntil(Channel(), Automatic, Now));
    }

    [Fact]
    public void Messages_of_their_own_pass_the_gate()
    {
        _store.SaveSetting(NewsStore.PausedSetting, 1);

        Assert.Null(Gate(quiet: "00:00-23:59").HoldUntil(new DeliveryRecord { Chat = "@newsroom", Priority = 0, Text = "hi" }, null, Now));
    }
}
