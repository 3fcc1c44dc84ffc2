using System.Text.RegularExpressions;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Service;

/// <summary>Editor commands through the whole service: every one refused to a non-editor, and each run by an editor.</summary>
public sealed partial class EditorCommandTests : EditorDeskHarness
{
    private const string Refusal = "Sorry, this command is only for the newsroom's editors.";

    [GeneratedRegex(@"article (\d+)")]
    private static partial Regex ArticleId();

    [Fact]
    public async Task A_non_editor_is_refused_every_command_and_button_and_nothing_changes()
    {
        await using var service = await StartPrimedAsync();
        var url = Page("secret");
        string[] commands =
        [
            $"/post {url}", $"/preview {url}", $"/schedule +1h {url}", "/queue", "/cancel 1", "/reschedule 1 +1h", "/pause", "/resume",
            "/sources", $"/addsource {Feed}2", "/removesource 1", "/stats", "/broadcast hello", "/delete 1", $"/breaking {url}", "/refresh 1",
        ];

        foreach (var command in commands)
            Assert.Equal(Refusal, (await SayAsync(Stranger, command)).Text);
        var draft = await PressAsync(Stranger, Stranger, 1, "ed:d:1:ok");
        var broadcast = await PressAsync(Stranger, Stranger, 1, "ed:b:1:ok");
        var removal = await PressAsync(Stranger, Stranger, 1, "ed:r:1:del");

        Assert.Equal("Sorry, only editors can use this button.", draft.Text);
        Assert.Equal("Sorry, only editors can use this button.", broadcast.Text);
        Assert.Equal("Sorry, only editors can use this button.", removal.Text);
        Assert.Empty(SentTo("@newsroom"));
        Assert.Equal(0, Site.RequestCount("/pages/secret"));
        Assert.Empty(service.Store.Newsroom.PendingSchedules());
        Assert.Empty(service.Store.Newsroom.Sources());
        Assert.Equal(0, service.Store.Settings.Get(ISettings.Paused));
        Assert.Equal(0, service.Store.Articles.Count(ArticleState.Published));
        Assert.Empty(Api.CallsTo("deleteMessage"));
        Assert.Empty(Api.CallsTo("pinChatMessage"));
        var refused = Assert.Single(service.Store.Newsroom.LatestAudit(100), a => !a.Allowed && a.UserId == Stranger);
        Assert.Equal(commands.Length + 3, refused.Times);
        Assert.Contains(service.Logs.Lines, l => l.StartsWith("Warning") && l.Contains($"User {Stranger} is not an editor"));
    }

    [Fact]
    public async Task An_editor_posts_a_url_now_and_deletes_it_again()
    {
        await using var service = await StartPrimedAsync();
        var url = Page("now");

        var reply = await SayAsync(Editor1, $"/post {url}");
        await Api.WaitForSentAsync(2, TimeSpan.FromSeconds(20));

        var post = Assert.Single(SentTo("@newsroom"));
        Assert.StartsWith("<b>Parliament passes the now budget</b>", post.Text);
        Assert.Equal(url, post.Buttons.Single().Url);
        var id = ArticleId().Match(reply.Text!).Groups[1].Value;
        Assert.Equal("That article was published before; nothing was sent again.", (await SayAsync(Editor1, $"/post {url}")).Text);

        Assert.Equal($"Article {id} retracted: 1 channel post(s) deleted.", (await SayAsync(Editor2, $"/delete {id}")).Text);
        await Eventually.TrueAsync(() => service.Store.Outbox.OfArticle(long.Parse(id)).Single(d => d.IsSend && d.IsChannelPost).DeletedAt is not null,
            "the deletion, queued in the outbox's urgent lane, goes out and is recorded");
        Assert.Equal(post.MessageId, Assert.Single(Api.Deleted).MessageId);
        Assert.Contains(service.Store.Newsroom.LatestAudit(10), a => a.Action == "delete" && a.UserId == Editor2);
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_answer()
    {
        await using var service = await StartPrimedAsync();
        Site.Fail("/pages/gone", 404);
        Site.Map("/pages/empty", "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>");
        var good = Page("good");

        Assert.Equal("Usage: /post <url>", (await SayAsync(Editor1, "/post")).VisibleText);
        Assert.Equal("That is not an http(s) link: ftp://example.com/a", (await SayAsync(Editor1, "/post ftp://example.com/a")).VisibleText);
        Assert.StartsWith("The page could not be loaded:", (await SayAsync(Editor1, $"/post {Site.Url("/pages/gone")}")).VisibleText);
        Assert.Equal("That page does not look like an article: there is no text to summarize.", (await SayAsync(Editor1, $"/preview {Site.Url("/pages/empty")}")).VisibleText);
        Assert.StartsWith("I don't understand the time “soon”.", (await SayAsync(Editor1, $"/schedule soon {good}")).VisibleText);
        Assert.Equal("2020-01-01 10:00 is in the past; pick a later time.", (await SayAsync(Editor1, $"/schedule 2020-01-01 10:00 {good}")).VisibleText);
        Assert.Equal("There is no pending scheduled post #42.", (await SayAsync(Editor1, "/cancel 42")).VisibleText);
        Assert.Equal("“x1” is not an id; use a number from /queue.", (await SayAsync(Editor1, "/cancel x1")).VisibleText);
        Assert.Equal("There is no pending scheduled post #42.", (await SayAsync(Editor1, "/reschedule 42 +1h")).VisibleText);
        Assert.Equal("There is no published article 999.", (await SayAsync(Editor1, "/delete 999")).VisibleText);
        Assert.StartsWith("There is no added source #5", (await SayAsync(Editor1, "/removesource 5")).VisibleText);
        Assert.Equal("This draft no longer exists.", (await PressAsync(Editor1, Editor1, 1, "ed:d:77:ok")).Text);

        Assert.Empty(SentTo("@newsroom"));
        Assert.Equal(0, Site.RequestCount("/pages/good"));
    }

    [Fact]
    public async Task Schedule_queue_reschedule_and_cancel()
    {
        await using var service = await StartPrimedAsync();
        var url = Page("later");

        var scheduled = await SayAsync(Editor1, $"/schedule +2h {url}");
        Assert.StartsWith("Scheduled #1 for ", scheduled.Text);
        var schedule = Assert.Single(service.Store.Newsroom.PendingSchedules());
        Assert.InRange(schedule.DueAt, DateTime.UtcNow.AddMinutes(119), DateTime.UtcNow.AddMinutes(121));
        Assert.Contains("#1 ", (await SayAsync(Editor2, "/queue")).Text);

        Assert.Equal("Scheduled post #1 now goes out at 2031-05-04 10:00.", (await SayAsync(Editor2, "/reschedule 1 2031-05-04 10:00")).Text);
        Assert.Equal(new DateTime(2031, 5, 4, 7, 0, 0, DateTimeKind.Utc), service.Store.Newsroom.GetSchedule(1)!.DueAt);
        Assert.Equal("Cancelled scheduled post #1: Parliament passes the later budget", (await SayAsync(Editor1, "/cancel 1")).Text);
        Assert.Equal("Nothing is scheduled or waiting.", (await SayAsync(Editor1, "/queue")).Text);
        Assert.Equal(ScheduleState.Cancelled, service.Store.Newsroom.GetSchedule(1)!.State);
        Assert.Empty(SentTo("@newsroom"));
    }

    [Fact]
    public async Task A_preview_is_published_by_its_button_once()
    {
        await using var service = await StartPrimedAsync();
        var url = Page("seen");

        var preview = await SayAsync(Editor1, $"/preview {url}");
        Assert.Contains("Preview (only you see this)", preview.Text);
        Assert.Contains("<b>Parliament passes the seen budget</b>", preview.Text);
        Assert.Equal(["Publish", "Schedule", "Discard", "Read more"], preview.Buttons.Select(b => b.Text));
        Assert.Empty(SentTo("@newsroom"));

        Assert.Equal("Done.", (await PressAsync(Editor1, Editor1, preview.MessageId, Data(preview, "Publish"))).Text);
        await Eventually.TrueAsync(() => SentTo("@newsroom").Count == 1, "the channel post");
        Assert.Contains("Published by @user7001", Api.Current(Editor1.ToString(), preview.MessageId)!.Text);
        Assert.Equal("Already decided by @user7001.", (await PressAsync(Editor1, Editor1, preview.MessageId, Data(preview, "Discard"))).Text);
        Assert.Single(SentTo("@newsroom"));
    }

    [Fact]
    public async Task Pause_holds_automatic_posts_while_an_editors_post_goes_out_and_resume_releases_them()
    {
        await using var service = await StartPrimedAsync();
        Assert.StartsWith("Automatic posting is paused.", (await SayAsync(Editor1, "/pause")).Text);

        SampleNews.Publish(Site, SampleNews.Article("auto"));
        await Eventually.TrueAsync(() => service.Store.Outbox.PendingChannelPosts().Any(d => d.DueAt > DateTime.UtcNow.AddMinutes(5)), "the automatic post is held");
        Assert.StartsWith("Published as article", (await SayAsync(Editor1, $"/post {Page("manual")}")).Text);
        await Eventually.TrueAsync(() => SentTo("@newsroom").Count == 1, "the editor's post");
        Assert.Contains("manual", SentTo("@newsroom")[0].Text);

        Assert.StartsWith("Automatic posting resumed; 1 waiting", (await SayAsync(Editor2, "/resume")).Text);
        await Eventually.TrueAsync(() => SentTo("@newsroom").Count == 2, "the held post");
        Assert.Contains("auto", SentTo("@newsroom")[1].Text);
    }

    [Fact]
    public async Task An_added_source_is_checked_polled_and_survives_a_restart()
    {
        var other = Site.Url("/other").ToString();
        Site.MapFeed("/other", SampleNews.Rss(Site, SampleNews.Article("o1")));
        Site.Map("/broken", "not a feed at all {{{", "application/rss+xml");
        await using (var service = await StartPrimedAsync())
        {
            Assert.StartsWith("That feed could not be read:", (await SayAsync(Editor1, $"/addsource {Site.Url("/broken")}")).Text);
            Assert.Equal("That feed is already a source.", (await SayAsync(Editor1, $"/addsource {Feed}")).Text);
            Assert.Equal("Added source #1: Metro (1 items now; they count as seen, new ones will be posted).",
                (await SayAsync(Editor1, $"/addsource {other} Metro")).Text);
            await Eventually.TrueAsync(() => service.Store.Feeds.Get(other).Primed, "the added feed is polled");
            Assert.Contains("#1 Metro", (await SayAsync(Editor2, "/sources")).Text);
        }
        await using (var again = await TestService.StartAsync(Settings()))
        {
            var fresh = SampleNews.Article("o2");
            Site.Map("/news/o2", SampleNews.Page(fresh));
            Site.MapFeed("/other", SampleNews.Rss(Site, SampleNews.Article("o1"), fresh));
            await Eventually.TrueAsync(() => SentTo("@newsroom").Count == 1, "the added feed's new article");
            Assert.Contains("o2 budget", SentTo("@newsroom")[0].Text);
            Assert.Equal("Removed source #1: Metro", (await SayAsync(Editor1, "/removesource 1")).Text);
            Assert.Empty(again.Store.Newsroom.Sources());
        }
    }

    [Fact]
    public async Task Broadcast_waits_for_its_confirm_button_and_stats_shows_the_day()
    {
        using (var db = new LiteDB.LiteDatabase(Db))
        {
            var readers = db.GetCollection("readers");
            readers.Insert(new LiteDB.BsonDocument { ["_id"] = 8101L, ["Active"] = true });
            readers.Insert(new LiteDB.BsonDocument { ["_id"] = 8102L, ["Active"] = true });
            readers.Insert(new LiteDB.BsonDocument { ["_id"] = 8103L, ["Active"] = false });
        }
        await using var service = await StartPrimedAsync();

        var confirm = await SayAsync(Editor1, "/broadcast Tonight's <special> edition");
        Assert.StartsWith("Send this message to 2 active subscriber(s)?", confirm.VisibleText);
        Assert.Empty(SentTo(8101));
        Assert.Equal("Broadcast queued for 2 subscriber(s).", (await PressAsync(Editor1, Editor1, confirm.MessageId, Data(confirm, "Send"))).Text);
        await Eventually.TrueAsync(() => SentTo(8101).Count == 1 && SentTo(8102).Count == 1, "both readers get it");
        Assert.Equal("Tonight's <special> edition", SentTo(8101)[0].VisibleText);
        Assert.Empty(SentTo(8103));
        await PressAsync(Editor1, Editor1, confirm.MessageId, Data(confirm, "Send"));
        await Task.Delay(300);
        Assert.Single(SentTo(8101));

        var stats = (await SayAsync(Editor2, "/stats")).Text!;
        Assert.Contains("Subscribers: 2.", stats);
        Assert.Contains("0 post(s)", stats);
        Assert.Contains("broadcast", stats);
    }

    [Fact]
    public async Task Editors_see_editor_commands_in_their_own_menu_only()
    {
        await using var service = await StartPrimedAsync();

        Assert.DoesNotContain(Api.CommandsFor(), c => c.Command == "post");
        var editors = Api.CommandsFor($"chat:{Editor1}").Select(c => c.Command).ToList();
        Assert.Contains("start", editors);
        Assert.Contains("post", editors);
        Assert.Contains("broadcast", editors);
        Assert.Contains(Api.CommandsFor($"chat:{Editor2}", "uk"), c => c.Command == "schedule" && c.Description == "Опублікувати пізніше");
    }
}
