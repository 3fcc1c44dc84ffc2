using NewsBot.Bot;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Service;

/// <summary>The whole service against the fake Bot API and the fake news site: every new article reaches the channel once.</summary>
public sealed class ChannelPostingTests : IAsyncLifetime
{
    private readonly string _db = Path.Combine(Directory.CreateTempSubdirectory("newsbot-svc-").FullName, "news.db");
    private FakeBotApi _api = null!;
    private FakeSite _site = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _site = await FakeSite.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _site.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_db)!, recursive: true);
    }

    private Dictionary<string, string?> Settings(params string[] feeds) =>
        TestService.Settings(_api, _db, feeds.Length == 0 ? [_site.Url("/rss").ToString()] : feeds);

    private async Task<TestService> StartPrimedAsync(params SampleArticle[] existing)
    {
        SampleNews.Publish(_site, existing);
        var service = await TestService.StartAsync(Settings());
        await Eventually.TrueAsync(() => service.Store.GetFeedState(_site.Url("/rss").ToString()).Primed, "the first poll primes the feed");
        return service;
    }

    [Fact]
    public async Task A_new_article_is_posted_once_with_bold_title_summary_from_the_page_and_a_read_more_button()
    {
        var old = SampleNews.Article("old");
        await using var service = await StartPrimedAsync(old);
        var fresh = SampleNews.Article("fresh");
        SampleNews.Publish(_site, old, fresh);

        await _api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));
        await Task.Delay(2500);

        var post = Assert.Single(_api.Sent);
        Assert.Equal("@newsroom", post.ChatId);
        Assert.StartsWith("<b>Parliament passes the fresh budget</b>\n\n", post.Text);
        Assert.Contains("twelve-hour debate", post.Text);
        Assert.DoesNotContain("Teaser of fresh", post.Text);
        Assert.DoesNotContain("Share on Facebook", post.Text);
        var button = Assert.Single(post.Buttons);
        Assert.Equal("Read more", button.Text);
        Assert.Equal(_site.Url("/news/fresh").ToString(), button.Url);
        Assert.Null(post.PhotoUrl);
        Assert.Equal(0, _site.RequestCount("/news/old"));
    }

    [Fact]
    public async Task An_article_with_an_og_image_is_a_photo_with_the_post_as_caption()
    {
        await using var service = await StartPrimedAsync();
        SampleNews.Publish(_site, SampleNews.Article("pic", image: "https://cdn.example/pic.jpg"));

        await _api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));

        var post = Assert.Single(_api.Sent);
        Assert.Equal("https://cdn.example/pic.jpg", post.PhotoUrl);
        Assert.StartsWith("<b>Parliament passes the pic budget</b>", post.Caption);
    }

    [Fact]
    public async Task A_restart_on_the_same_database_posts_nothing_again()
    {
        await using (var service = await StartPrimedAsync())
        {
            SampleNews.Publish(_site, SampleNews.Article("one"), SampleNews.Article("two"));
            await _api.WaitForSentAsync(2, TimeSpan.FromSeconds(20));
        }
        var polls = _site.RequestCount("/rss");
        await using (var again = await TestService.StartAsync(Settings()))
        {
            await Eventually.TrueAsync(() => _site.RequestCount("/rss") >= polls + 2, "two more polls after the restart");
            await Task.Delay(500);
        }
        Assert.Equal(2, _api.Sent.Count);
        Assert.Equal(["Parliament passes the one budget", "Parliament passes the two budget"],
            _api.Sent.Select(s => s.Text!.Split('\n')[0].Replace("<b>", "").Replace("</b>", "")));
    }

    [Fact]
    public async Task Deliveries_pending_at_a_stop_are_sent_exactly_once_after_the_start()
    {
        var articles = Enumerable.Range(1, 6).Select(i => SampleNews.Article($"n{i}")).ToArray();
        var settings = Settings();
        settings["Telegram:MessagesPerMinutePerGroup"] = "60";
        SampleNews.Publish(_site);
        await using (var service = await TestService.StartAsync(settings))
        {
            await Eventually.TrueAsync(() => service.Store.GetFeedState(_site.Url("/rss").ToString()).Primed, "primed");
            SampleNews.Publish(_site, articles);
            await _api.WaitForSentAsync(2, TimeSpan.FromSeconds(20));
        }
        Assert.InRange(_api.Sent.Count, 2, 5);
        await using (var again = await TestService.StartAsync(settings))
            await _api.WaitForSentAsync(6, TimeSpan.FromSeconds(30));
        await Task.Delay(1500);
        Assert.Equal(6, _api.Sent.Count);
        Assert.Equal(6, _api.Sent.Select(s => s.Text).Distinct().Count());
    }

    [Fact]
    public async Task A_storm_of_429s_and_5xx_ends_with_every_post_delivered_once()
    {
        await using var service = await StartPrimedAsync();
        _api.FailNext(3, 429, "Too Many Requests: retry after 1", retryAfter: 1);
        SampleNews.Publish(_site, SampleNews.Article("a"), SampleNews.Article("b"), SampleNews.Article("c"));
        await Eventually.TrueAsync(() => _api.Calls.Count(c => c.Method == "sendMessage") >= 3, "the 429s are answered");
        _api.FailNext(2, 502, "Bad Gateway");

        await _api.WaitForSentAsync(3, TimeSpan.FromSeconds(40));
        await Task.Delay(1500);

        Assert.Equal(3, _api.Sent.Count);
        Assert.Equal(3, _api.Sent.Select(s => s.Text).Distinct().Count());
        Assert.Equal(3, service.Store.CountDeliveries(DeliveryState.Sent));
        Assert.Contains(service.Logs.Lines, l => l.Contains("Telegram asked to wait 1 s"));
    }

    [Fact]
    public async Task A_blocked_channel_stops_sends_there_and_logs_an_error()
    {
        _api.Block("@newsroom");
        await using var service = await StartPrimedAsync();
        SampleNews.Publish(_site, SampleNews.Article("x"), SampleNews.Article("y"));

        await Eventually.TrueAsync(() => service.Store.GetChat("@newsroom")?.Disabled == true, "the channel is disabled");
        await Eventually.TrueAsync(() => service.Store.CountDeliveries(DeliveryState.Failed) == 2, "both deliveries fail");
        Assert.Empty(_api.Sent);
        Assert.Contains(service.Logs.Lines, l => l.StartsWith("Error") && l.Contains("@newsroom") && l.Contains("stopped"));
    }

    [Fact]
    public async Task A_group_upgraded_to_a_supergroup_gets_its_posts_at_the_new_id()
    {
        SampleNews.Publish(_site);
        var settings = Settings();
        settings["Telegram:Channels:0"] = "-4001";
        _api.Migrate("-4001", -1004001);
        await using var service = await TestService.StartAsync(settings);
        await Eventually.TrueAsync(() => service.Store.GetFeedState(_site.Url("/rss").ToString()).Primed, "primed");
        SampleNews.Publish(_site, SampleNews.Article("moved"));

        await _api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));

        Assert.Equal("-1004001", Assert.Single(_api.Sent).ChatId);
        Assert.Equal("-1004001", service.Store.GetChat("-4001")!.MovedTo);
    }

    [Fact]
    public async Task A_photo_telegram_cannot_fetch_is_posted_as_text()
    {
        _api.RejectPhotoUrl("https://cdn.example/broken.jpg");
        await using var service = await StartPrimedAsync();
        SampleNews.Publish(_site, SampleNews.Article("nophoto", image: "https://cdn.example/broken.jpg"));

        await _api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));

        var post = Assert.Single(_api.Sent);
        Assert.Null(post.PhotoUrl);
        Assert.StartsWith("<b>Parliament passes the nophoto budget</b>", post.Text);
    }

    [Fact]
    public async Task Broken_huge_and_slow_feeds_leave_the_good_feed_working()
    {
        _site.Map("/broken", "Service temporarily unavailable {{{ not a feed", "application/rss+xml");
        _site.Huge("/huge", 12L * 1024 * 1024);
        _site.Map("/slow", SampleNews.Rss(_site), "application/rss+xml");
        _site.Slow("/slow", TimeSpan.FromSeconds(30));
        SampleNews.Publish(_site);
        var good = _site.Url("/rss").ToString();
        await using var service = await TestService.StartAsync(Settings(
            _site.Url("/broken").ToString(), _site.Url("/huge").ToString(), _site.Url("/slow").ToString(), good));
        await Eventually.TrueAsync(() => service.Store.GetFeedState(good).Primed, "the good feed is primed");

        SampleNews.Publish(_site, SampleNews.Article("good"));
        await _api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));

        Assert.Contains("good budget", Assert.Single(_api.Sent).Text);
        Assert.Contains(service.Logs.Lines, l => l.StartsWith("Warning") && l.Contains(_site.Url("/broken").ToString()));
        Assert.Contains(service.Logs.Lines, l => l.StartsWith("Warning") && l.Contains(_site.Url("/huge").ToString()) && l.Contains("10 MB"));
    }

    [Fact]
    public async Task When_the_page_fails_the_feeds_description_stands_in()
    {
        await using var service = await StartPrimedAsync();
        var article = SampleNews.Article("nopage");
        SampleNews.Publish(_site, article);
        _site.Fail("/news/nopage", 500);

        await _api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));

        Assert.Contains("Teaser of nopage.", Assert.Single(_api.Sent).Text);
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
        _api.EnqueueMessage(1001, "/start", languageCode: "uk");

        await _api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));

        Assert.StartsWith("Вітаємо", Assert.Single(_api.Sent).Text);
        Assert.Contains(_api.Calls, c => c.Method == "setMyCommands");
        Assert.DoesNotContain(service.Logs.Lines, l => l.Contains(_api.Token) || l.Contains(_api.Token.Split(':')[1]));
    }
}
