using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Service;

/// <summary>Articles reaching readers through the whole service: instant by section, digests, blocked readers, a stop mid fan-out.</summary>
public sealed class ReaderDeliveryTests : LoopbackWorld
{
    private Dictionary<string, string?> Settings(int perSecond = 1000)
    {
        var settings = TestService.Settings(Api, DbPath, Site.Url("/rss").ToString());
        settings["Feeds:0:Name"] = "Politics";
        settings["Telegram:MessagesPerSecond"] = perSecond.ToString();
        return settings;
    }

    private static ArticleRecord Publish(TestService service, string title, string section = "Politics")
    {
        var now = DateTime.UtcNow;
        var article = service.Store.AddPublished(new ArticleRecord
        {
            Key = title, Url = "https://news.example/" + title, Title = title, Section = section, State = ArticleState.Published,
            FoundAt = now, PublishedAt = now, PostHtml = $"<b>{title}</b>", PostButtonText = "Read more",
        }, [new DeliveryTarget("@newsroom", ChatKind.Group, Lane.Channel)], now)!;
        return article;
    }

    private IReadOnlyList<string> SentTo(long chat) => Api.Sent.Where(m => m.ChatId == chat.ToString()).Select(m => m.VisibleText).ToList();

    [Fact]
    public async Task A_feed_article_reaches_the_channel_and_the_readers_of_its_section_only()
    {
        SampleNews.Publish(Site);
        await using var service = await TestService.StartAsync(Settings());
        await Eventually.TrueAsync(() => service.Store.Feeds.Get(Site.Url("/rss").ToString()).Primed, "primed");
        var store = service.Store;
        var economy = store.Articles.AddSection("Economy");
        var (all, politics, other, digest, stopped) = (Some.UserId(), Some.UserId(), Some.UserId(), Some.UserId(), Some.UserId());
        foreach (var id in new[] { all, politics, other, digest, stopped }) store.Readers.Start(id, false, "en", DateTime.UtcNow);
        store.Readers.Change(politics, r => r.Sections = [store.Articles.FindSection("Politics")!.Id], DateTime.UtcNow);
        store.Readers.Change(other, r => r.Sections = [economy], DateTime.UtcNow);
        store.Readers.Change(digest, r => r.DigestMinute = 480, DateTime.UtcNow);
        store.Readers.Stop(stopped, "/stop", DateTime.UtcNow);

        SampleNews.Publish(Site, SampleNews.Article("fresh"));
        await Api.WaitForSentAsync(3, TimeSpan.FromSeconds(20));
        await Task.Delay(500);

        Assert.Equal(new[] { "@newsroom", all.ToString(), politics.ToString() }.Order(), Api.Sent.Select(m => m.ChatId).Order());
        var post = Api.Sent.First(m => m.ChatId == all.ToString());
        Assert.StartsWith("<b>Parliament passes the fresh budget</b>", post.Text);
        Assert.Equal("Read more", Assert.Single(post.Buttons).Text);
        Assert.Equal("@newsroom", Api.Sent[0].ChatId);
        Assert.Empty(SentTo(other).Concat(SentTo(digest)).Concat(SentTo(stopped)));
    }

    [Fact]
    public async Task In_quiet_hours_the_channel_post_waits_and_readers_get_theirs_without_a_sound()
    {
        var kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, kyiv);
        var settings = Settings();
        settings["Publishing:QuietHours"] = $"{local.AddHours(-1):HH:mm}-{local.AddHours(1):HH:mm}";
        SampleNews.Publish(Site);
        await using var service = await TestService.StartAsync(settings);
        var reader = Some.UserId();
        service.Store.Readers.Start(reader, false, "en", DateTime.UtcNow);

        Publish(service, "quiet");
        await Api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));
        // The reader's send is recorded a moment after the fake answers; under load that moment can be long.
        await Eventually.TrueAsync(() => service.Store.Outbox.Count(DeliveryState.Pending) == 1, "only the channel post still waits");

        var message = Assert.Single(Api.Sent);
        Assert.Equal(reader.ToString(), message.ChatId);
        Assert.Contains("\"disable_notification\":true", message.Json);
    }

    [Fact]
    public async Task A_reader_who_blocked_the_bot_or_kicked_it_is_kept_inactive_until_start()
    {
        SampleNews.Publish(Site);
        await using var service = await TestService.StartAsync(Settings());
        var (blocker, kicker) = (Some.UserId(), Some.UserId());
        service.Store.Readers.Start(blocker, false, "en", DateTime.UtcNow);
        service.Store.Readers.Start(kicker, false, "en", DateTime.UtcNow);
        Api.Block(blocker.ToString());
        Api.EnqueueMyChatMember(kicker, "kicked");
        await Eventually.TrueAsync(() => service.Store.Readers.Get(kicker)!.Active == false, "the kicked update stops the reader");

        Publish(service, "First");
        await Eventually.TrueAsync(() => service.Store.Readers.Get(blocker)!.Active == false, "the 403 stops the reader");
        await Api.WaitForSentAsync(1, TimeSpan.FromSeconds(10));
        Assert.Equal(["@newsroom"], Api.Sent.Select(m => m.ChatId));
        Assert.NotNull(service.Store.Readers.Get(blocker));

        Api.Unblock(blocker.ToString());
        Api.EnqueueMessage(blocker, "/start");
        Api.EnqueueMessage(kicker, "/start");
        await Eventually.TrueAsync(() => service.Store.Readers.Get(blocker)!.Active && service.Store.Readers.Get(kicker)!.Active, "/start resumes");
        Publish(service, "Second");
        await Eventually.TrueAsync(() => SentTo(blocker).Contains("Second") && SentTo(kicker).Contains("Second"), "both get the next article");
    }

    [Fact]
    public async Task A_digest_reader_gets_one_message_with_the_days_articles_once_a_day_in_their_language()
    {
        SampleNews.Publish(Site);
        await using var service = await TestService.StartAsync(Settings());
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
        var id = Some.UserId();
        service.Store.Readers.Start(id, false, "uk", DateTime.UtcNow);
        service.Store.Readers.Change(id, r => r.DigestMinute = (local.Hour * 60 + local.Minute + 1) % 1440, DateTime.UtcNow);
        Publish(service, "Morning vote");
        Publish(service, "Evening rates", "Economy");
        await Api.WaitForSentAsync(2, TimeSpan.FromSeconds(10));
        Assert.Empty(SentTo(id));

        var sweep = service.Host.Services.GetRequiredService<DigestSweep>();
        service.Store.Settings.Save(ISettings.LastDigestSweep, DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60 - 3);
        local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
        service.Store.Readers.Change(id, r => r.DigestMinute = local.Hour * 60 + local.Minute, DateTime.UtcNow);
        sweep.Run();
        service.Store.Settings.Save(ISettings.LastDigestSweep, DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60 - 3);
        Assert.Equal(0, sweep.Run());

        await Eventually.TrueAsync(() => SentTo(id).Count == 1, "the digest arrives");
        await Task.Delay(300);
        Assert.Single(SentTo(id));
        var digest = SentTo(id)[0];
        Assert.StartsWith("Ваш щоденний дайджест", digest);
        Assert.Contains("Morning vote", digest);
        Assert.Contains("Evening rates", digest);
    }

    [Fact]
    public async Task A_host_stopped_in_the_middle_of_a_fanout_delivers_to_every_reader_exactly_once_after_the_start()
    {
        SampleNews.Publish(Site);
        var settings = Settings(perSecond: 100);
        var readers = Enumerable.Range(0, 300).Select(_ => Some.UserId()).ToList();
        await using (var service = await TestService.StartAsync(settings))
        {
            foreach (var id in readers) service.Store.Readers.Start(id, false, "en", DateTime.UtcNow);
            Publish(service, "Big news");
            await Api.WaitForSentAsync(60, TimeSpan.FromSeconds(20));
        }
        await Task.Delay(300);
        var atStop = Api.Sent.Count;
        Assert.InRange(atStop, 60, 300);
        await using (var again = await TestService.StartAsync(settings))
        {
            await Api.WaitForSentAsync(301, TimeSpan.FromSeconds(30));
            await Task.Delay(300);
        }
        Assert.Equal(301, Api.Sent.Count);
        Assert.Equal(readers.Select(r => r.ToString()).Append("@newsroom").Order(), Api.Sent.Select(m => m.ChatId).Order());
    }
}
