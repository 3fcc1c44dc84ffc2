using Microsoft.Extensions.DependencyInjection;
using NewsBot.Delivery;
using NewsBot.Editorial;
using NewsBot.Publication;
using NewsBot.Storage;
using NewsBot.Summaries;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Service;

/// <summary>
/// Issue 8's table: an article from every source — a feed item, /post, an approved draft, a schedule fired on time or late at
/// start — reaches every consumer the same way: the channel, an instant reader, a digest reader, /latest and /search.
/// One service per source; the row names the source and checks all five consumers.
/// </summary>
public sealed class PublicationMatrixTests : EditorDeskHarness
{
    public enum Origin { FeedItem, EditorPost, ApprovedDraft, ScheduleOnTime, ScheduleLateAtStart }

    public static TheoryData<Origin> Sources => new(Enum.GetValues<Origin>());

    private static readonly TimeSpan CellTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeZoneInfo Kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");

    /// <summary>Two readers who subscribed by /start: one gets articles at once, the other in a daily digest.</summary>
    private sealed record Readers(long Instant, long Digest);

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task An_article_from_every_source_reaches_the_channel_an_instant_reader_a_digest_latest_and_search(Origin origin)
    {
        var article = SampleNews.Article(Slug(origin));
        var readers = new Readers(Some.UserId(), Some.UserId());
        await using var service = await PublishAsync(origin, article, readers);

        var missed = new List<string>();
        if (!await WithinAsync(() => Posts(article, "@newsroom").Count > 0)) missed.Add("channel");
        if (!await WithinAsync(() => Posts(article, readers.Instant.ToString()).Count > 0)) missed.Add("instant reader");
        if (!(await SayAsync(readers.Instant, "/latest")).VisibleText.Contains(article.Title)) missed.Add("/latest");
        if (!(await SayAsync(readers.Instant, $"/search {article.Slug}")).VisibleText.Contains(article.Title)) missed.Add("/search");
        await SweepDigestsNowAsync(service, readers.Digest);
        if (!await WithinAsync(() => Digests(readers.Digest).Any(d => d.VisibleText.Contains(article.Title)))) missed.Add("digest");
        Assert.True(missed.Count == 0, $"An article from {origin} did not reach: {string.Join(", ", missed)}");

        await Task.Delay(1000);
        Assert.Single(Posts(article, "@newsroom"));
        Assert.Single(Posts(article, readers.Instant.ToString()));
        Assert.Empty(Posts(article, readers.Digest.ToString()));
        Assert.Single(Digests(readers.Digest));
    }

    /// <summary>
    /// A feed item the feed dates more than a day back is posted to the channel and to instant readers today, but the digest
    /// picks "the day's articles" by that feed date (Fanout.DayArticles), so digest readers never get it.
    /// </summary>
    [Fact]
    public async Task A_feed_item_the_feed_dates_two_days_back_is_in_the_digest_of_the_day_it_was_posted()
    {
        var article = SampleNews.Article("archive");
        var readers = new Readers(Some.UserId(), Some.UserId());
        await using var service = await StartPrimedAsync();
        await SubscribeAsync(readers);
        DatedNews.Publish(Site, DateTimeOffset.UtcNow.AddDays(-2), article);
        await Eventually.TrueAsync(() => Posts(article, "@newsroom").Count == 1 && Posts(article, readers.Instant.ToString()).Count == 1,
            "the channel post and the instant reader's copy");

        await SweepDigestsNowAsync(service, readers.Digest);

        await Eventually.TrueAsync(() => Digests(readers.Digest).Any(d => d.VisibleText.Contains(article.Title)), "the digest lists it", CellTimeout);
    }

    /// <summary>A distinct word per source, so /search finds the row's own article by a word of its title.</summary>
    private static string Slug(Origin origin) => origin switch
    {
        Origin.FeedItem => "harbour",
        Origin.EditorPost => "orchard",
        Origin.ApprovedDraft => "glacier",
        Origin.ScheduleOnTime => "lantern",
        _ => "meadow",
    };

    /// <summary>Starts the service, subscribes the readers and has the source publish the article; returns the running service.</summary>
    private async Task<TestService> PublishAsync(Origin origin, SampleArticle article, Readers readers)
    {
        var service = await StartPrimedAsync(approval: origin == Origin.ApprovedDraft);
        try
        {
            await SubscribeAsync(readers);
            switch (origin)
            {
                case Origin.FeedItem:
                    DatedNews.Publish(Site, DateTimeOffset.UtcNow, article);
                    return service;
                case Origin.EditorPost:
                    Assert.StartsWith("Published as article", (await SayAsync(Editor1, $"/post {Page(article.Slug)}")).Text);
                    return service;
                case Origin.ApprovedDraft:
                    await ApproveAsync(article);
                    return service;
                case Origin.ScheduleOnTime:
                    var schedules = service.Host.Services.GetRequiredService<PostScheduler>();
                    await schedules.AddAsync(StoryOf(article), Source.KeyFor(Page(article.Slug)), ["@newsroom"], DateTime.UtcNow.AddSeconds(2), Editor1, CancellationToken.None);
                    return service;
                default:
                    await service.DisposeAsync();
                    using (var store = new LiteStore(Db))
                        store.Newsroom.AddSchedule(Missed(article));
                    return await TestService.StartAsync(Settings());
            }
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    /// <summary>Both readers send /start from their chats; the digest reader then asks for a digest half a day away.</summary>
    private async Task SubscribeAsync(Readers readers)
    {
        Assert.StartsWith("Welcome", (await SayAsync(readers.Instant, "/start")).VisibleText);
        Assert.StartsWith("Welcome", (await SayAsync(readers.Digest, "/start")).VisibleText);
        Assert.StartsWith("Daily digest at", (await SayAsync(readers.Digest, $"/digest {LocalNow.AddHours(12):HH:mm}")).VisibleText);
    }

    /// <summary>The Approval feed offers the article as a draft; the first editor approves it.</summary>
    private async Task ApproveAsync(SampleArticle article)
    {
        DatedNews.Publish(Site, DateTimeOffset.UtcNow, article);
        await Eventually.TrueAsync(() => SentTo(Editor1).Count == 1, "the draft");
        var draft = SentTo(Editor1)[0];
        Assert.Equal("Done.", (await PressAsync(Editor1, Editor1, draft.MessageId, Data(draft, "Approve"))).Text);
    }

    /// <summary>The digest reader moves the digest to this minute, and the sweep runs as if it last ran three minutes ago.</summary>
    private async Task SweepDigestsNowAsync(TestService service, long reader)
    {
        Assert.StartsWith("Daily digest at", (await SayAsync(reader, $"/digest {LocalNow:HH:mm}")).VisibleText);
        service.Store.Settings.Save(ISettings.LastDigestSweep, DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60 - 3);
        service.Host.Services.GetRequiredService<DigestSweep>().Run();
    }

    private static DateTimeOffset LocalNow => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Kyiv);

    private Story StoryOf(SampleArticle article) =>
        new(Page(article.Slug), article.Title, [article.Paragraphs[0]], "", null, "en", null);

    /// <summary>A schedule stored while the service was down, due half an hour ago.</summary>
    private ScheduleRecord Missed(SampleArticle article)
    {
        var story = StoryOf(article);
        return new ScheduleRecord
        {
            Key = Source.KeyFor(story.Url), Story = story.ToRecord(), Channels = ["@newsroom"], DueAt = DateTime.UtcNow.AddMinutes(-30),
            EditorId = Editor1, CreatedAt = DateTime.UtcNow.AddHours(-1),
        };
    }

    /// <summary>The article's post (its bold title first) as a chat received it.</summary>
    private IReadOnlyList<SentMessage> Posts(SampleArticle article, string chat) =>
        SentTo(chat).Where(m => m.Body.StartsWith($"<b>{article.Title}</b>", StringComparison.Ordinal)).ToList();

    private IReadOnlyList<SentMessage> Digests(long reader) =>
        SentTo(reader).Where(m => m.VisibleText.StartsWith("Your daily digest", StringComparison.Ordinal)).ToList();

    private static async Task<bool> WithinAsync(Func<bool> condition)
    {
        try
        {
            await Eventually.TrueAsync(condition, "a consumer is reached", CellTimeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
