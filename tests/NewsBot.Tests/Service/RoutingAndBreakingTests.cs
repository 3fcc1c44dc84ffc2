using System.Text.Json.Nodes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Service;

/// <summary>Routing, per-channel settings and breaking news (issue 10): a section's articles also reach its own forum topic; a channel
/// may take hashtags, link previews and silence; /breaking goes ahead of the queue with sound, pinned, and unpins the previous one.</summary>
public sealed class RoutingAndBreakingTests : EditorDeskHarness
{
    private const string Newsroom = "@newsroom";
    private const string Forum = "-1001234567890";

    private async Task<TestService> StartAsync(Dictionary<string, string?> settings)
    {
        SampleNews.Publish(Site);
        var service = await TestService.StartAsync(settings);
        await Eventually.TrueAsync(() => service.Store.Feeds.Get(Feed).Primed, "the first poll primes the feed");
        return service;
    }

    [Fact]
    public async Task A_section_routed_to_a_forum_topic_posts_there_and_other_sections_do_not()
    {
        Api.SetForum(Forum, "Newsroom forum", 9, 12);
        var settings = Settings();
        settings["Routing:0:Section"] = "politics";
        settings["Routing:0:Channels:0"] = $"{Forum}:9";
        settings["Routing:1:Section"] = "Economy";
        settings["Routing:1:Channels:0"] = $"{Forum}:12";
        await using var service = await StartAsync(settings);
        var politics = SampleNews.Article("vote") with { Categories = ["Politics"] };
        var sport = SampleNews.Article("match") with { Categories = ["Sport"] };

        SampleNews.Publish(Site, politics, sport);
        await Eventually.TrueAsync(() => SentTo(Newsroom).Count == 2 && SentTo(Forum).Count == 1, "both in the channel, one in the forum");
        await Task.Delay(1500);

        var topic = Assert.Single(SentTo(Forum));
        Assert.Equal(9, topic.ThreadId);
        Assert.Contains(politics.Title, topic.Body);
        Assert.All(SentTo(Newsroom), m => Assert.Null(m.ThreadId));
        Assert.DoesNotContain(Api.Calls, c => c.Status is not (null or 200));
    }

    [Fact]
    public async Task An_approved_draft_keeps_its_categories_and_is_routed_like_an_automatic_post()
    {
        Api.SetForum(Forum, "Newsroom forum", 9);
        var settings = Settings(approval: true);
        settings["Routing:0:Section"] = "Politics";
        settings["Routing:0:Channels:0"] = $"{Forum}:9";
        await using var service = await StartAsync(settings);

        SampleNews.Publish(Site, SampleNews.Article("draft") with { Categories = ["Politics"] });
        await Eventually.TrueAsync(() => SentTo(Editor1).Count > 0 && service.Store.Newsroom.GetDraft(1) is { Offered: true }, "the draft reaches the editors");
        var draft = SentTo(Editor1).Single();
        await PressAsync(Editor1, Editor1, draft.MessageId, Data(draft, "Approve"));

        await Eventually.TrueAsync(() => SentTo(Newsroom).Count == 1 && SentTo(Forum).Count == 1, "the channel and the routed topic");
        Assert.Equal(9, SentTo(Forum).Single().ThreadId);
    }

    [Fact]
    public async Task A_channel_set_up_for_hashtags_previews_and_silence_gets_them_and_the_others_get_todays_posts()
    {
        var settings = Settings();
        settings["Telegram:Channels:1"] = "@plain";
        settings["ChannelSettings:0:Target"] = Newsroom;
        settings["ChannelSettings:0:Hashtags"] = "true";
        settings["ChannelSettings:0:LinkPreview"] = "true";
        settings["ChannelSettings:0:Silent"] = "true";
        await using var service = await StartAsync(settings);
        var article = SampleNews.Article("tags") with { Categories = ["World news", "2024", "Politics"] };

        SampleNews.Publish(Site, article);
        await Eventually.TrueAsync(() => SentTo(Newsroom).Count == 1 && SentTo("@plain").Count == 1, "both channels");

        var styled = SentTo(Newsroom).Single();
        Assert.EndsWith("\n\n#WorldNews #Politics", styled.Text);
        Assert.True(styled.Silent);
        Assert.Equal(Site.Url("/news/tags").ToString(), JsonNode.Parse(styled.Json)!["link_preview_options"]?["url"]?.ToString());
        var plain = SentTo("@plain").Single();
        Assert.DoesNotContain("#", plain.Text);
        Assert.False(plain.Silent);
        Assert.Equal("true", JsonNode.Parse(plain.Json)!["link_preview_options"]?["is_disabled"]?.ToString());
    }

    [Fact]
    public async Task Breaking_news_goes_ahead_of_quiet_hours_with_sound_is_pinned_and_unpins_the_previous_one()
    {
        await using var service = await StartAsync(QuietNow());
        var held = await SayAsync(Editor1, $"/post {Page("held")}");
        Assert.Contains("Quiet hours", held.Text);

        var first = await SayAsync(Editor1, $"/breaking {Page("first")}");
        Assert.StartsWith("Breaking: published as article", first.Text);
        await Eventually.TrueAsync(() => Api.Pins.Count == 1, "the first breaking post is pinned");
        var one = Assert.Single(SentTo(Newsroom));
        Assert.Contains("first", one.Text);
        Assert.False(one.Silent);
        Assert.Equal([one.MessageId], Api.PinnedIn(Newsroom));

        await SayAsync(Editor2, $"/breaking {Page("second")}");
        await Eventually.TrueAsync(() => Api.Pins.Count == 3, "the second is pinned and the first unpinned");
        await Task.Delay(1000);

        var two = SentTo(Newsroom).Single(m => m.Text!.Contains("second"));
        Assert.Equal(2, SentTo(Newsroom).Count);
        Assert.Equal([(one.MessageId, true), (two.MessageId, true), (one.MessageId, false)], Api.Pins.Select(p => (p.MessageId, p.Pin)));
        Assert.All(Api.Pins.Where(p => p.Pin), p => Assert.True(p.Silent));
        Assert.Equal([two.MessageId], Api.PinnedIn(Newsroom));
        Assert.DoesNotContain(SentTo(Newsroom), m => m.Text!.Contains("held"));
        Assert.Contains("breaking posts pinned: 2", (await SayAsync(Editor1, "/stats")).Text);
        Assert.Contains(service.Store.Newsroom.LatestAudit(10), a => a.Action == "breaking" && a.UserId == Editor2);
    }

    /// <summary>Quiet hours from an hour ago to an hour ahead in Europe/Kyiv (the default Publishing:TimeZone).</summary>
    private Dictionary<string, string?> QuietNow()
    {
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv"));
        var settings = Settings();
        settings["Publishing:QuietHours"] = $"{local.AddHours(-1):HH:mm}-{local.AddHours(1):HH:mm}";
        return settings;
    }
}
