using Microsoft.Extensions.DependencyInjection;
using NewsBot.Bot;
using NewsBot.Commands;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Service;

/// <summary>The whole service against the fake Bot API and the fake news site: every new article reaches the channel once.</summary>
public sealed class ChannelPostingTests : LoopbackWorld
{
    private Dictionary<string, string?> Settings(params string[] feeds) =>
        TestService.Settings(Api, DbPath, feeds.Length == 0 ? [Site.Url("/rss").ToString()] : feeds);

    private async Task<TestService> StartPrimedAsync(params SampleArticle[] existing)
    {
        SampleNews.Publish(Site, existing);
        var service = await TestService.StartAsync(Settings());
        await Eventually.TrueAsync(() => service.Store.Feeds.Get(Site.Url("/rss").ToString()).Primed, "the first poll primes the feed");
        return service;
    }

    [Fact]
    public async Task A_new_article_is_posted_once_with_bold_title_summary_from_the_page_and_a_read_more_button()
    {
        var old = SampleNews.Article("old");
        await using var service = await StartPrimedAsync(old);
        var fresh = SampleNews.Article("fresh");
        SampleNews.Publish(Site, old, fresh);

        await Api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));
        await Task.Delay(2500);

        var post = Assert.Single(Api.Sent);
        Assert.Equal("@newsroom", post.ChatId);
        Assert.StartsWith("<b>Parliament passes the fresh budget</b>\n\n", post.Text);
        Assert.Contains("twelve-hour debate", post.Text);
        Assert.DoesNotContain("Teaser of fresh", post.Text);
        Assert.DoesNotContain("Share on Facebook", post.Text);
        var button = Assert.Single(post.Buttons);
        Assert.Equal("Read more", button.Text);
        Assert.Equal(Site.Url("/news/fresh").ToString(), button.Url);
        Assert.Null(post.PhotoUrl);
        Assert.Equal(0, Site.RequestCount("/news/old"));
    }

    [Fact]
    public async Task An_article_with_an_og_image_is_a_photo_with_the_post_as_caption()
    {
        await using var service = await StartPrimedAsync();
        SampleNews.Publish(Site, SampleNews.Article("pic", image: "https://cdn.example/pic.jpg"));

        await Api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));

        var post = Assert.Single(Api.Sent);
        Assert.Equal("https://cdn.example/pic.jpg", post.PhotoUrl);
        Assert.StartsWith("<b>Parliament passes the pic budget</b>", post.Caption);
    }

    [Fact]
    public async Task A_restart_on_the_same_database_posts_nothing_again()
    {
        await using (var service = await StartPrimedAsync())
        {
            SampleNews.Publish(Site, SampleNews.Article("one"), SampleNews.Article("two"));
            await Api.WaitForSentAsync(2, TimeSpan.FromSeconds(20));
        }
        var polls = Site.RequestCount("/rss");
        await using (var again = await TestService.StartAsync(Settings()))
        {
            await Eventually.TrueAsync(() => Site.RequestCount("/rss") >= polls + 2, "two more polls after the restart");
            await Task.Delay(500);
        }
        Assert.Equal(2, Api.Sent.Count);
        Assert.Equal(["Parliament passes the one budget", "Parliament passes the two budget"],
            Api.Sent.Select(s => s.Text!.Split('\n')[0].Replace("<b>", "").Replace("</b>", "")));
    }

    [Fact]
    public async Task Deliveries_pending_at_a_stop_are_sent_exactly_once_after_the_start()
    {
        var articles = Enumerable.Range(1, 6).Select(i => SampleNews.Article($"n{i}")).ToArray();
        var settings = Settings();
        settings["Telegram:MessagesPerMinutePerGroup"] = "60";
        SampleNews.Publish(Site);
        await using (var service = await TestService.StartAsync(settings))
        {
            await Eventually.TrueAsync(() => service.Store.Feeds.Get(Site.Url("/rss").ToString()).Primed, "primed");
            SampleNews.Publish(Site, articles);
            await Api.WaitForSentAsync(2, TimeSpan.FromSeconds(20));
        }
        Assert.InRange(Api.Sent.Count, 2, 5);
        await using (var again = await TestService.StartAsync(settings))
            await Api.WaitForSentAsync(6, TimeSpan.FromSeconds(30));
        await Task.Delay(1500);
        Assert.Equal(6, Api.Sent.Count);
        Assert.Equal(6, Api.Sent.Select(s => s.Text).Distinct().Count());
    }

    [Fact]
    public async Task A_storm_of_429s_and_5xx_ends_with_every_post_delivered_once()
    {
        await using var service = await StartPrimedAsync();
        Api.FailNext(3, 429, "Too Many Requests: retry after 1", retryAfter: 1);
        SampleNews.Publish(Site, SampleNews.Article("a"), SampleNews.Article("b"), SampleNews.Article("c"));
        await Eventually.TrueAsync(() => Api.Calls.Count(c => c.Method == "sendMessage") >= 3, "the 429s are answered");
        Api.FailNext(2, 502, "Bad Gateway");

        await Api.WaitForSentAsync(3, TimeSpan.FromSeconds(40));
        await Task.Delay(1500);

        Assert.Equal(3, Api.Sent.Count);
        Assert.Equal(3, Api.Sent.Select(s => s.Text).Distinct().Count());
        Assert.Equal(3, service.Store.Outbox.Count(DeliveryState.Sent));
        Assert.Contains(service.Logs.Lines, l => l.Contains("Telegram asked to wait 1 s"));
    }

    [Fact]
    public async Task A_channel_that_refuses_the_bot_holds_its_posts_tells_the_editors_once_and_sends_them_when_it_is_back()
    {
        const long editor = 900_001;
        Api.Block("@newsroom");
        SampleNews.Publish(Site);
        var settings = Settings();
        settings["Telegram:Editors:0"] = editor.ToString();
        await using var service = await TestService.StartAsync(settings);
        await Eventually.TrueAsync(() => service.Store.Feeds.Get(Site.Url("/rss").ToString()).Primed, "primed");
        SampleNews.Publish(Site, SampleNews.Article("x"), SampleNews.Article("y"));

        await Eventually.TrueAsync(() => service.Store.Outbox.GetChat("@newsroom")?.HeldSince is not null, "the channel is held");
        await Eventually.TrueAsync(() => Api.Sent.Any(m => m.ChatId == editor.ToString()), "the editors are told");
        await Task.Delay(1500);
        var notice = Assert.Single(Api.Sent, m => m.ChatId == editor.ToString());
        Assert.Contains("Channel @newsroom refuses the bot", notice.VisibleText);
        Assert.Contains("administrator", notice.VisibleText);
        Assert.Equal(2, service.Store.Outbox.Count(DeliveryState.Pending));
        Assert.Equal(0, service.Store.Outbox.Count(DeliveryState.Failed));
        Assert.DoesNotContain(Api.Sent, m => m.ChatId == "@newsroom");
        Assert.Contains(service.Logs.Lines, l => l.StartsWith("Error") && l.Contains("@newsroom") && l.Contains("refuses the bot"));

        Api.Unblock("@newsroom");
        Api.EnqueueMyChatMember(Api.IdOf("@newsroom"), "administrator");

        await Eventually.TrueAsync(() => Api.Sent.Count(m => m.ChatId == "@newsroom") == 2, "both waiting posts go out");
        Assert.Null(service.Store.Outbox.GetChat("@newsroom")?.HeldSince);
        await Eventually.TrueAsync(() => Api.Sent.Any(m => m.ChatId == editor.ToString() && m.VisibleText.Contains("takes the bot again: 2")), "the editors hear it is back");
    }

    [Fact]
    public async Task A_held_channel_is_probed_and_released_when_getChat_answers_again()
    {
        Api.Block("@newsroom");
        await using var service = await StartPrimedAsync();
        SampleNews.Publish(Site, SampleNews.Article("z"));
        await Eventually.TrueAsync(() => service.Store.Outbox.GetChat("@newsroom")?.HeldSince is not null, "the channel is held");
        var probe = service.Host.Services.GetRequiredService<NewsBot.Delivery.ChannelProbe>();
        service.Store.Outbox.ProbeLater("@newsroom", DateTime.UtcNow.AddMinutes(-1));

        Assert.Equal(0, await probe.RunAsync(CancellationToken.None));
        Assert.True(service.Store.Outbox.GetChat("@newsroom")!.NextProbeAt > DateTime.UtcNow.AddMinutes(4));

        Api.Unblock("@newsroom");
        service.Store.Outbox.ProbeLater("@newsroom", DateTime.UtcNow.AddMinutes(-1));
        Assert.Equal(1, await probe.RunAsync(CancellationToken.None));
        await Eventually.TrueAsync(() => Api.Sent.Count(m => m.ChatId == "@newsroom") == 1, "the waiting post goes out");
    }

    [Fact]
    public async Task A_revoked_token_pauses_sending_instead_of_failing_the_outbox()
    {
        await using var service = await StartPrimedAsync();
        Api.FailNextCalls("sendMessage", 1, 401, "Unauthorized");
        SampleNews.Publish(Site, SampleNews.Article("t"));

        await Eventually.TrueAsync(() => service.Logs.Lines.Any(l => l.StartsWith("Error") && l.Contains("refuses the bot token")), "the 401 is logged");
        Assert.Equal(1, service.Store.Outbox.Count(DeliveryState.Pending));
        Assert.Equal(0, service.Store.Outbox.Count(DeliveryState.Failed));
    }

    [Fact]
    public async Task A_group_upgraded_to_a_supergroup_gets_its_posts_at_the_new_id()
    {
        SampleNews.Publish(Site);
        var settings = Settings();
        settings["Telegram:Channels:0"] = "-4001";
        Api.Migrate("-4001", -1004001);
        await using var service = await TestService.StartAsync(settings);
        await Eventually.TrueAsync(() => service.Store.Feeds.Get(Site.Url("/rss").ToString()).Primed, "primed");
        SampleNews.Publish(Site, SampleNews.Article("moved"));

        await Api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));

        Assert.Equal("-1004001", Assert.Single(Api.Sent).ChatId);
        Assert.Equal("-1004001", service.Store.Outbox.GetChat("-4001")!.MovedTo);
    }

    [Fact]
    public async Task A_photo_telegram_cannot_fetch_is_posted_as_text()
    {
        Api.RejectPhotoUrl("https://cdn.example/broken.jpg");
        await using var service = await StartPrimedAsync();
        SampleNews.Publish(Site, SampleNews.Article("nophoto", image: "https://cdn.example/broken.jpg"));

        await Api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));

        var post = Assert.Single(Api.Sent);
        Assert.Null(post.PhotoUrl);
        Assert.StartsWith("<b>Parliament passes the nophoto budget</b>", post.Text);
    }

    [Fact]
    public async Task Broken_huge_and_slow_feeds_leave_the_good_feed_working()
    {
        Site.Map("/broken", "Service temporarily unavailable {{{ not a feed", "application/rss+xml");
        Site.Huge("/huge", 12L * 1024 * 1024);
        Site.Map("/slow", SampleNews.Rss(Site), "application/rss+xml");
        Site.Slow("/slow", TimeSpan.FromSeconds(30));
        SampleNews.Publish(Site);
        var good = Site.Url("/rss").ToString();
        await using var service = await TestService.StartAsync(Settings(
            Site.Url("/broken").ToString(), Site.Url("/huge").ToString(), Site.Url("/slow").ToString(), good));
        await Eventually.TrueAsync(() => service.Store.Feeds.Get(good).Primed, "the good feed is primed");

        SampleNews.Publish(Site, SampleNews.Article("good"));
        await Api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));

        Assert.Contains("good budget", Assert.Single(Api.Sent).Text);
        Assert.Contains(service.Logs.Lines, l => l.StartsWith("Warning") && l.Contains(Site.Url("/broken").ToString()));
        Assert.Contains(service.Logs.Lines, l => l.StartsWith("Warning") && l.Contains(Site.Url("/huge").ToString()) && l.Contains("10 MB"));
    }

    [Fact]
    public async Task When_the_page_fails_the_feeds_description_stands_in()
    {
        await using var service = await StartPrimedAsync();
        var article = SampleNews.Article("nopage");
        SampleNews.Publish(Site, article);
        Site.Fail("/news/nopage", 500);

        await Api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));

        Assert.Contains("Teaser of nopage.", Assert.Single(Api.Sent).Text);
    }

    [Fact]
    public async Task A_wrong_token_stops_the_start_with_one_clear_line()
    {
        var settings = Settings();
        settings["Telegram:BotToken"] = "999999:WRONG-token_abcdefghijklmnopqrstu";
        var e = await Assert.ThrowsAsync<StartupException>(() => TestService.StartAsync(settings));
        Assert.Contains("getMe answered 401", e.Message);
        Assert.DoesNotContain("\n", e.Message);
        Assert.DoesNotContain("WRONG-token", e.Message);
    }

    [Fact]
    public async Task The_bot_answers_start_registers_its_menu_and_never_logs_the_token()
    {
        await using var service = await StartPrimedAsync();
        Api.EnqueueMessage(1001, "/start", languageCode: "uk");

        await Api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));

        Assert.StartsWith("Вітаємо", Assert.Single(Api.Sent).Text);
        Assert.Contains(Api.Calls, c => c.Method == "setMyCommands");
        Assert.DoesNotContain(service.Logs.Lines, l => l.Contains(Api.Token) || l.Contains(Api.Token.Split(':')[1]));
    }
}
