using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Service;

/// <summary>Corrections (issue 10): a published article whose feed item changes is composed again and its channel post edited in
/// place — never posted anew — through the outbox, so an edit pending at a stop goes out once after the restart.</summary>
public sealed class CorrectionTests : EditorDeskHarness
{
    private const string Newsroom = "@newsroom";
    private const long Reader = 880_001;

    private static SampleArticle Corrected(SampleArticle article, string title, string? image = null) =>
        article with { Title = title, Paragraphs = [$"{title} on Friday, the speaker said.", .. article.Paragraphs[1..]], Image = image ?? article.Image };

    private async Task<SentMessage> PostedAsync(SampleArticle article)
    {
        await Eventually.TrueAsync(() => SentTo(Newsroom).Any(m => m.Body.Contains(article.Title)), $"the channel post of {article.Slug}");
        return SentTo(Newsroom).Single(m => m.Body.Contains(article.Title));
    }

    [Fact]
    public async Task A_revised_article_edits_its_channel_post_in_place_posts_nothing_new_and_leaves_readers_copies()
    {
        await using var service = await StartPrimedAsync();
        await SayAsync(Reader, "/start");
        var original = SampleNews.Article("fix");
        SampleNews.Publish(Site, original);
        var post = await PostedAsync(original);
        await Eventually.TrueAsync(() => SentTo(Reader).Any(m => m.Body.Contains(original.Title)), "the reader's copy");
        var readerCopy = SentTo(Reader).Single(m => m.Body.Contains(original.Title));

        var fixedUp = Corrected(original, "Parliament rejects the fix budget");
        SampleNews.Publish(Site, fixedUp);

        await Eventually.TrueAsync(() => Api.Edits.Count > 0, "the channel post is edited");
        await Task.Delay(1500);
        var edit = Assert.Single(Api.Edits);
        Assert.Equal(("editMessageText", post.MessageId, Newsroom), (edit.Method, edit.MessageId, edit.ChatId));
        Assert.StartsWith("<b>Parliament rejects the fix budget</b>", Api.Current(Newsroom, post.MessageId)!.Text);
        Assert.Equal(Site.Url("/news/fix").ToString(), Assert.Single(edit.Buttons).Url);
        Assert.Single(SentTo(Newsroom));
        Assert.Equal(readerCopy.Text, Api.Current(Reader.ToString(), readerCopy.MessageId)!.Text);
        var article = service.Store.Articles.Get(Assert.Single(Edits(service, "fix")).ArticleId)!;
        Assert.Equal(("Parliament rejects the fix budget", 1), (article.Title, article.Revision));
        Assert.Contains(service.Store.Newsroom.LatestAudit(10), a => a is { Action: "edit", UserId: 0 } && a.Detail.Contains("1 channel post(s) edited"));
        Assert.Contains("Corrections and retractions today: 1 post(s) edited, 0 deleted", (await SayAsync(Editor1, "/stats")).Text);
    }

    [Fact]
    public async Task A_new_image_replaces_the_photo_and_a_feed_change_that_leaves_the_post_as_it_was_edits_nothing()
    {
        await using var service = await StartPrimedAsync();
        var original = SampleNews.Article("pic", image: "https://cdn.example/old.jpg");
        SampleNews.Publish(Site, original);
        var post = await PostedAsync(original);

        SampleNews.Publish(Site, Corrected(original, "Parliament passes the pic budget, amended", "https://cdn.example/new.jpg"));
        await Eventually.TrueAsync(() => Api.Edits.Count > 0, "the photo is replaced");

        var edit = Assert.Single(Api.Edits);
        Assert.Equal(("editMessageMedia", "https://cdn.example/new.jpg"), (edit.Method, edit.PhotoUrl));
        Assert.StartsWith("<b>Parliament passes the pic budget, amended</b>", Api.Current(Newsroom, post.MessageId)!.Caption);

        // Only the teaser changes: the page, and so the post, stay as they are.
        var polls = Site.RequestCount("/rss");
        SampleNews.Publish(Site, Corrected(original, "Parliament passes the pic budget, amended", "https://cdn.example/new.jpg") with { Teaser = "New teaser." });
        await Eventually.TrueAsync(() => Site.RequestCount("/rss") > polls + 1, "two more polls");
        await Task.Delay(500);
        Assert.Single(Api.Edits);
        Assert.Empty(Api.CallsTo("editMessageCaption"));
        Assert.Single(SentTo(Newsroom));
    }

    [Fact]
    public async Task An_edit_pending_at_a_stop_goes_out_once_after_the_restart()
    {
        var original = SampleNews.Article("restart");
        SentMessage post;
        await using (var service = await StartPrimedAsync())
        {
            SampleNews.Publish(Site, original);
            post = await PostedAsync(original);
            Api.FailNextCalls("editMessageText", 1000, 502, "Bad Gateway");
            SampleNews.Publish(Site, Corrected(original, "Parliament delays the restart budget"));
            await Eventually.TrueAsync(() => Api.CallsTo("editMessageText").Any(c => c.Status == 502), "the edit is tried and fails");
            await Eventually.TrueAsync(() => Edits(service, "restart") is [{ State: DeliveryState.Pending, Attempts: > 0 }], "the edit waits for its retry");
        }
        Api.ClearFaults();
        Assert.Empty(Api.Edits);

        await using (var again = await TestService.StartAsync(Settings()))
        {
            await Eventually.TrueAsync(() => Api.Edits.Count > 0, "the stored edit goes out after the restart");
            await Task.Delay(2000);
            Assert.Equal(DeliveryState.Sent, Assert.Single(Edits(again, "restart")).State);
        }
        var edit = Assert.Single(Api.Edits);
        Assert.Equal(post.MessageId, edit.MessageId);
        Assert.StartsWith("<b>Parliament delays the restart budget</b>", Api.Current(Newsroom, post.MessageId)!.Text);
        Assert.Single(SentTo(Newsroom));
    }

    [Fact]
    public async Task An_edit_whose_answer_was_lost_at_the_stop_is_found_done_after_the_restart_and_changes_nothing_twice()
    {
        var original = SampleNews.Article("lost");
        var corrected = Corrected(original, "Parliament delays the lost budget");
        SentMessage post;
        await using (var service = await StartPrimedAsync())
        {
            SampleNews.Publish(Site, original);
            post = await PostedAsync(original);
            Api.FailNextCalls("editMessageText", 1000, 502, "Bad Gateway");
            SampleNews.Publish(Site, corrected);
            await Eventually.TrueAsync(() => Edits(service, "lost") is [{ State: DeliveryState.Pending, Attempts: > 0 }], "the edit waits for its retry");
        }
        // As if Telegram had carried out the edit in flight at the stop and its answer never arrived.
        Api.ClearFaults();
        var html = "<b>Parliament delays the lost budget</b>\n\n" + string.Join(' ', corrected.Paragraphs.Take(3));
        var readMore = new Telegram.Bot.Types.ReplyMarkups.InlineKeyboardMarkup(Telegram.Bot.Types.ReplyMarkups.InlineKeyboardButton.WithUrl("Read more", Site.Url("/news/lost").ToString()));
        await Telegram.Bot.TelegramBotClientExtensions.EditMessageText(Api.CreateClient(), Newsroom, post.MessageId, html, Telegram.Bot.Types.Enums.ParseMode.Html, replyMarkup: readMore);

        await using (var again = await TestService.StartAsync(Settings()))
        {
            await Eventually.TrueAsync(() => Edits(again, "lost") is [{ State: DeliveryState.Sent }], "the stored edit is recorded done");
            Assert.Contains(Api.CallsTo("editMessageText"), c => c.Description?.Contains("message is not modified") == true);
        }
        Assert.Single(Api.Edits);
        Assert.Single(SentTo(Newsroom));
    }

    [Fact]
    public async Task A_correction_whose_page_fails_waits_for_the_page_and_is_never_made_from_the_teaser()
    {
        await using var service = await StartPrimedAsync();
        var original = SampleNews.Article("flaky");
        SampleNews.Publish(Site, original);
        var post = await PostedAsync(original);
        var corrected = Corrected(original, "Parliament passes the flaky budget, amended");

        SampleNews.Publish(Site, corrected);
        Site.Fail("/news/flaky", 503);
        var reads = Site.RequestCount("/news/flaky");
        await Eventually.TrueAsync(() => Site.RequestCount("/news/flaky") > reads, "the page is asked for");
        await Task.Delay(1500);
        Assert.Empty(Api.Edits);

        Site.Map("/news/flaky", SampleNews.Page(corrected));
        await Eventually.TrueAsync(() => Api.Edits.Count > 0, "the correction once the page loads");
        Assert.Contains("Parliament passes the flaky budget, amended on Friday, the speaker said. The budget raises spending", Api.Current(Newsroom, post.MessageId)!.Text);
        Assert.DoesNotContain("Teaser", Api.Current(Newsroom, post.MessageId)!.Text);
    }

    [Fact]
    public async Task An_editor_refreshes_an_article_whose_page_changed_while_its_feed_said_nothing()
    {
        await using var service = await StartPrimedAsync();
        var url = Page("quiet");
        var reply = await SayAsync(Editor1, $"/post {url}");
        var id = long.Parse(reply.Text!.Split(' ')[3].TrimEnd(':'));
        var post = await PostedAsync(SampleNews.Article("quiet"));

        Assert.Equal($"Article {id} read again: its post is unchanged, nothing to edit.", (await SayAsync(Editor1, $"/refresh {id}")).Text);
        Site.Map("/pages/quiet", SampleNews.Page(Corrected(SampleNews.Article("quiet"), "Parliament passes the quiet budget after all")));
        Assert.Equal($"Article {id} read again: its post changed, 1 channel post(s) are edited in place.", (await SayAsync(Editor2, $"/refresh {id}")).Text);

        await Eventually.TrueAsync(() => Api.Edits.Count > 0, "the refreshed post is edited");
        Assert.StartsWith("<b>Parliament passes the quiet budget after all</b>", Api.Current(Newsroom, post.MessageId)!.Text);
        Assert.Contains(service.Store.Newsroom.LatestAudit(10), a => a.Action == "refresh" && a.UserId == Editor2);
        Assert.Equal("There is no published article 999.", (await SayAsync(Editor1, "/refresh 999")).Text);
    }

    [Fact]
    public async Task With_OnUpdate_Ignore_a_changed_item_edits_nothing()
    {
        SampleNews.Publish(Site);
        var settings = Settings();
        settings["Publishing:OnUpdate"] = "Ignore";
        await using var service = await TestService.StartAsync(settings);
        await Eventually.TrueAsync(() => service.Store.Feeds.Get(Feed).Primed, "primed");
        var original = SampleNews.Article("ignored");
        SampleNews.Publish(Site, original);
        await PostedAsync(original);

        var polls = Site.RequestCount("/rss");
        SampleNews.Publish(Site, Corrected(original, "Parliament passes the ignored budget, corrected"));
        await Eventually.TrueAsync(() => Site.RequestCount("/rss") > polls + 1, "two more polls");
        await Task.Delay(500);

        Assert.Empty(Api.Edits);
        Assert.Equal(0, Site.RequestCount("/news/ignored") - 1);
    }

    /// <summary>The edit deliveries of the article at /news/<paramref name="slug"/>.</summary>
    private static IReadOnlyList<DeliveryRecord> Edits(TestService service, string slug)
    {
        var article = service.Store.Articles.Latest(null, null, 20).Single(a => a.Url.EndsWith("/news/" + slug, StringComparison.Ordinal));
        return service.Store.Outbox.OfArticle(article.Id).Where(d => d.Action == DeliveryAction.Edit).ToList();
    }
}
