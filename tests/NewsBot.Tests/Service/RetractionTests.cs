using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Service;

/// <summary>
/// /delete of a post still queued: held by quiet hours or /pause, waiting out a 429, or waiting its pacer turn behind one.
/// Whatever held it, the channel never gets it once the hold lifts, its delivery is Cancelled and the editor hears it was retracted.
/// </summary>
public sealed partial class RetractionTests : EditorDeskHarness
{
    private const string Newsroom = "@newsroom";

    [GeneratedRegex(@"article (\d+)")]
    private static partial Regex ArticleId();

    [Fact]
    public async Task A_post_held_by_quiet_hours_and_deleted_is_not_sent_when_the_hours_are_lifted()
    {
        var held = SampleNews.Article("quiet");
        long id;
        await using (var service = await StartAsync(QuietNow()))
        {
            var reply = await SayAsync(Editor1, $"/post {Page(held.Slug)}");
            Assert.Contains("Quiet hours: the channel gets it at", reply.Text);
            id = long.Parse(ArticleId().Match(reply.Text!).Groups[1].Value);
            await Eventually.TrueAsync(() => ChannelPost(service, id) is { State: DeliveryState.Pending } d && d.DueAt > DateTime.UtcNow.AddMinutes(10),
                "the worker holds the post until the quiet hours end");

            await AssertRetractedAsync(service, id);
        }
        await using (var again = await StartAsync(Settings()))
        {
            await PostAndSeeAsync(SampleNews.Article("loud"));
            Assert.Equal(DeliveryState.Cancelled, ChannelPost(again, id)!.State);
        }
        AssertNeverSent(held);
    }

    [Fact]
    public async Task A_paused_automatic_post_deleted_before_resume_is_not_sent_after_it()
    {
        var held = SampleNews.Article("paused");
        await using var service = await StartAsync(Settings());
        Assert.StartsWith("Automatic posting is paused.", (await SayAsync(Editor1, "/pause")).Text);
        SampleNews.Publish(Site, held);
        await Eventually.TrueAsync(() => service.Store.Outbox.PendingChannelPosts().Any(d => d.DueAt > DateTime.UtcNow.AddMinutes(5)),
            "the automatic post is held by the pause");
        var id = Assert.Single(service.Store.Outbox.PendingChannelPosts()).ArticleId;

        await AssertRetractedAsync(service, id);
        Assert.StartsWith("Automatic posting resumed; 0 waiting", (await SayAsync(Editor2, "/resume")).Text);

        var next = SampleNews.Article("resumed");
        SampleNews.Publish(Site, held, next);
        await Eventually.TrueAsync(() => Posts(next).Count == 1, "the next automatic post goes out");
        await Task.Delay(1500);
        AssertNeverSent(held);
        Assert.Equal(DeliveryState.Cancelled, ChannelPost(service, id)!.State);
    }

    [Fact]
    public async Task A_post_deleted_while_its_429_retry_is_pending_is_not_sent_when_the_retry_time_passes()
    {
        var flooded = SampleNews.Article("flooded");
        await using var service = await StartAsync(Settings());
        Api.FailNext(1, 429, "Too Many Requests: retry after 4", retryAfter: 4);
        SampleNews.Publish(Site, flooded);
        await Eventually.TrueAsync(() => service.Store.Outbox.PendingChannelPosts().Any(d => d.Attempts == 1), "the 429 is recorded as a retry");
        var id = Assert.Single(service.Store.Outbox.PendingChannelPosts()).ArticleId;

        await AssertRetractedAsync(service, id);

        var next = SampleNews.Article("after");
        SampleNews.Publish(Site, flooded, next);
        await Eventually.TrueAsync(() => Posts(next).Count == 1, "the next post goes out once the 429's wait is over");
        await Task.Delay(1500);
        Assert.Equal(429, Assert.Single(ChannelCalls(flooded)).Status);
        AssertNeverSent(flooded);
        Assert.Equal(DeliveryState.Cancelled, ChannelPost(service, id)!.State);
    }

    [Fact]
    public async Task A_post_deleted_while_it_waits_for_its_pacer_turn_behind_a_429_is_never_sent()
    {
        var (first, second) = (SampleNews.Article("ahead"), SampleNews.Article("behind"));
        await using var service = await StartAsync(Settings());
        Api.FailNext(1, 429, "Too Many Requests: retry after 5", retryAfter: 5);
        SampleNews.Publish(Site, first, second);
        await Eventually.TrueAsync(() => service.Store.Outbox.PendingChannelPosts() is { Count: 2 } posts && posts.Any(d => d.Attempts == 1),
            "one post got the 429 and the other is queued behind it");
        // The untried post is due now, so the worker has taken it and waits in the pacer for the 429's retry_after to pass.
        var waiting = service.Store.Outbox.PendingChannelPosts().Single(d => d.Attempts == 0);
        Assert.True(waiting.DueAt <= DateTime.UtcNow);
        await Task.Delay(300);
        var retracted = Title(service, waiting.ArticleId) == first.Title ? first : second;
        var flooded = retracted == first ? second : first;

        await AssertRetractedAsync(service, waiting.ArticleId);

        await Eventually.TrueAsync(() => Posts(flooded).Count == 1, "the 429'd post goes out after its wait", TimeSpan.FromSeconds(20));
        await Task.Delay(1500);
        AssertNeverSent(retracted);
        Assert.Equal(DeliveryState.Cancelled, ChannelPost(service, waiting.ArticleId)!.State);
    }

    private async Task<TestService> StartAsync(Dictionary<string, string?> settings)
    {
        SampleNews.Publish(Site);
        var service = await TestService.StartAsync(settings);
        await Eventually.TrueAsync(() => service.Store.Feeds.Get(Feed).Primed, "the first poll primes the feed");
        return service;
    }

    /// <summary>Quiet hours from an hour ago to an hour ahead in Europe/Kyiv (the default Publishing:TimeZone).</summary>
    private Dictionary<string, string?> QuietNow()
    {
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv"));
        var settings = Settings();
        settings["Publishing:QuietHours"] = $"{local.AddHours(-1):HH:mm}-{local.AddHours(1):HH:mm}";
        return settings;
    }

    /// <summary>An editor deletes the article: the reply says it is retracted, and its channel delivery is Cancelled.</summary>
    private async Task AssertRetractedAsync(TestService service, long id)
    {
        Assert.Equal($"Article {id} retracted: 0 channel post(s) deleted.", (await SayAsync(Editor2, $"/delete {id}")).Text);
        Assert.Equal(DeliveryState.Cancelled, ChannelPost(service, id)!.State);
        Assert.Empty(Api.CallsTo("deleteMessage"));
    }

    /// <summary>An editor's /post reaches the channel: the hold has lifted and the worker runs.</summary>
    private async Task PostAndSeeAsync(SampleArticle article)
    {
        Assert.StartsWith("Published as article", (await SayAsync(Editor1, $"/post {Page(article.Slug)}")).Text);
        await Eventually.TrueAsync(() => Posts(article).Count == 1, "the channel gets the editor's next post");
        await Task.Delay(1500);
    }

    private static DeliveryRecord? ChannelPost(TestService service, long articleId) =>
        service.Store.Outbox.OfArticle(articleId).SingleOrDefault(d => d.IsChannelPost);

    private static string? Title(TestService service, long articleId) => service.Store.Articles.Get(articleId)?.Title;

    private IReadOnlyList<SentMessage> Posts(SampleArticle article) =>
        SentTo(Newsroom).Where(m => m.Body.Contains(article.Title, StringComparison.Ordinal)).ToList();

    /// <summary>Every sendMessage or sendPhoto to the channel that carried the article, answered or not.</summary>
    private IReadOnlyList<BotCall> ChannelCalls(SampleArticle article) =>
        Api.Calls.Where(c => c.Method is "sendMessage" or "sendPhoto" && JsonNode.Parse(c.Json) is { } json
            && json["chat_id"]?.ToString() == Newsroom
            && (json["text"] ?? json["caption"])?.ToString().Contains(article.Title, StringComparison.Ordinal) == true).ToList();

    private void AssertNeverSent(SampleArticle article)
    {
        Assert.Empty(Posts(article));
        Assert.DoesNotContain(ChannelCalls(article), c => c.Status == 200);
    }
}
