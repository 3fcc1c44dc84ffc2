using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Service;

/// <summary>Retractions from the site (issue 10): an article whose item left its feed and whose page answers 410 Gone is deleted from
/// the channel under Publishing:OnRemoval = Delete (the editors are told), and put to the editors under Ask (Delete / Keep, the first
/// decision wins). An item that merely drops off the feed, its page still there, stays.</summary>
public sealed class RemovalTests : EditorDeskHarness
{
    private const string Newsroom = "@newsroom";

    private async Task<TestService> StartAsync(string onRemoval)
    {
        SampleNews.Publish(Site);
        var settings = Settings();
        settings["Publishing:OnRemoval"] = onRemoval;
        var service = await TestService.StartAsync(settings);
        await Eventually.TrueAsync(() => service.Store.Feeds.Get(Feed).Primed, "the first poll primes the feed");
        return service;
    }

    /// <summary>Two articles are published; then the first leaves the feed with its page answering 410, the second leaves it with its page still up.</summary>
    /// <param name="keptAnswers">What the second article's page answers once it left the feed (200: its page).</param>
    private async Task<(SentMessage Gone, SentMessage Kept)> PublishThenUnpublishAsync(int keptAnswers = 200)
    {
        var (gone, kept, next) = (SampleNews.Article("gone"), SampleNews.Article("kept"), SampleNews.Article("next"));
        SampleNews.Publish(Site, gone, kept);
        await Eventually.TrueAsync(() => SentTo(Newsroom).Count == 2, "both articles are posted");
        var posts = (SentTo(Newsroom).Single(m => m.Body.Contains(gone.Title)), SentTo(Newsroom).Single(m => m.Body.Contains(kept.Title)));
        Site.Fail("/news/gone", 410);
        if (keptAnswers != 200) Site.Fail("/news/kept", keptAnswers);
        SampleNews.Publish(Site, next);
        return posts;
    }

    /// <summary>Waits until every editor has the question and its copies are stored (a press before that finds no copies to update).</summary>
    private async Task AskedAsync(TestService service) =>
        await Eventually.TrueAsync(() => SentTo(Editor1).Count > 0 && SentTo(Editor2).Count > 0 && service.Store.Newsroom.GetRemoval(1) is { Offered: true },
            "both editors are asked");

    [Fact]
    public async Task Under_Delete_a_410_page_deletes_the_channel_post_and_the_editors_are_told()
    {
        await using var service = await StartAsync("Delete");
        var (gone, kept) = await PublishThenUnpublishAsync();

        await Eventually.TrueAsync(() => Api.Deleted.Count > 0, "the unpublished article's post is deleted");
        await Eventually.TrueAsync(() => SentTo(Editor1).Count > 0 && SentTo(Editor2).Count > 0, "the editors are told");
        await Task.Delay(1500);

        Assert.Equal(gone.MessageId, Assert.Single(Api.Deleted).MessageId);
        Assert.NotNull(Api.Current(Newsroom, kept.MessageId));
        var notice = Assert.Single(SentTo(Editor1));
        Assert.Contains("was unpublished on the site (its page answers 410 Gone)", notice.VisibleText);
        Assert.Contains("Parliament passes the gone budget", notice.VisibleText);
        Assert.Contains(service.Store.Newsroom.LatestAudit(10), a => a is { Action: "retract", UserId: 0 } && a.Detail.Contains("410 Gone"));
        var keptArticle = service.Store.Articles.Latest(null, null, 10).Single(a => a.Url.EndsWith("/news/kept", StringComparison.Ordinal));
        Assert.Equal("HTTP 200", keptArticle.Removal?.Outcome);
        Assert.Contains("Corrections and retractions today: 0 post(s) edited, 1 deleted", (await SayAsync(Editor2, "/stats")).Text);
    }

    [Fact]
    public async Task Under_Ask_every_editor_is_asked_and_the_first_Delete_wins()
    {
        await using var service = await StartAsync("Ask");
        var (gone, kept) = await PublishThenUnpublishAsync();

        await AskedAsync(service);
        var (ask1, ask2) = (SentTo(Editor1).Single(), SentTo(Editor2).Single());
        Assert.Contains("answers 410 Gone", ask1.VisibleText);
        Assert.Contains("Parliament passes the gone budget", ask1.VisibleText);
        Assert.Equal(["Delete", "Keep", "Read more"], ask1.Buttons.Select(b => b.Text));
        Assert.Empty(Api.CallsTo("deleteMessage"));

        Assert.Equal("Done.", (await PressAsync(Editor2, Editor2, ask2.MessageId, Data(ask2, "Delete"))).Text);
        var late = await PressAsync(Editor1, Editor1, ask1.MessageId, Data(ask1, "Keep"));

        Assert.Equal("Already decided by @user7002.", late.Text);
        await Eventually.TrueAsync(() => Api.Deleted.Count > 0, "the post is deleted");
        Assert.Equal(gone.MessageId, Assert.Single(Api.Deleted).MessageId);
        Assert.NotNull(Api.Current(Newsroom, kept.MessageId));
        Assert.EndsWith("Deleted by @user7002: 1 channel post(s).", Api.Current(Editor1.ToString(), ask1.MessageId)!.VisibleText);
        Assert.Equal(["Read more"], Api.Current(Editor1.ToString(), ask1.MessageId)!.Buttons.Select(b => b.Text));
        Assert.Contains(service.Store.Newsroom.LatestAudit(10), a => a.Action == "delete" && a.UserId == Editor2);
    }

    [Fact]
    public async Task Under_Ask_Keep_leaves_the_post_and_a_page_that_answers_404_once_is_not_gone_yet()
    {
        await using var service = await StartAsync("Ask");
        var (gone, _) = await PublishThenUnpublishAsync(keptAnswers: 404);

        await AskedAsync(service);
        var ask = SentTo(Editor1).Single();
        await PressAsync(Editor1, Editor1, ask.MessageId, Data(ask, "Keep"));

        Assert.EndsWith("Kept by @user7001.", Api.Current(Editor1.ToString(), ask.MessageId)!.VisibleText);
        Assert.NotNull(Api.Current(Newsroom, gone.MessageId));
        var kept = service.Store.Articles.Latest(null, null, 10).Single(a => a.Url.EndsWith("/news/kept", StringComparison.Ordinal));
        Assert.Equal((false, true), (kept.Removal!.Done, kept.Removal.MissingSince is not null));
        Assert.Single(SentTo(Editor1));
    }
}
