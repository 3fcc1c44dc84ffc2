using Microsoft.Extensions.DependencyInjection;
using NewsBot.Summaries;
using NewsBot.Articles;
using NewsBot.Editorial;
using NewsBot.Publication;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Service;

/// <summary>Approval drafts with two editors, and scheduled posts that fire exactly once across restarts.</summary>
public sealed class ApprovalAndScheduleTests : EditorDeskHarness
{
    [Fact]
    public async Task An_approval_feeds_article_goes_to_both_editors_and_the_first_decision_wins()
    {
        await using var service = await StartPrimedAsync(approval: true);
        SampleNews.Publish(Site, SampleNews.Article("draft"));

        await Eventually.TrueAsync(() => SentTo(Editor1).Count == 1 && SentTo(Editor2).Count == 1, "a draft for each editor");
        var (first, second) = (SentTo(Editor1)[0], SentTo(Editor2)[0]);
        Assert.Contains("Draft from Example News", first.Text);
        Assert.Contains("<b>Parliament passes the draft budget</b>", second.Text);
        Assert.Equal(["Approve", "Schedule", "Skip", "Read more"], first.Buttons.Select(b => b.Text));
        Assert.Empty(SentTo("@newsroom"));

        Assert.Equal("Done.", (await PressAsync(Editor2, Editor2, second.MessageId, Data(second, "Approve"))).Text);
        await Eventually.TrueAsync(() => SentTo("@newsroom").Count == 1, "the approved post");
        Assert.Equal("Already decided by @user7002.", (await PressAsync(Editor1, Editor1, first.MessageId, Data(first, "Skip"))).Text);

        foreach (var (editor, copy) in new[] { (Editor1, first), (Editor2, second) })
        {
            var now = Api.Current(editor.ToString(), copy.MessageId)!;
            Assert.Contains("Published by @user7002", now.Text);
            Assert.Equal(["Read more"], now.Buttons.Select(b => b.Text));
        }
        await Task.Delay(1200);
        Assert.Single(SentTo("@newsroom"));
        Assert.Equal(2, SentTo(Editor1).Count + SentTo(Editor2).Count);
    }

    [Fact]
    public async Task A_draft_can_be_scheduled_or_skipped_from_its_buttons()
    {
        await using var service = await StartPrimedAsync(approval: true);
        SampleNews.Publish(Site, SampleNews.Article("one"), SampleNews.Article("two"));
        await Eventually.TrueAsync(() => SentTo(Editor1).Count == 2, "two drafts");
        var one = SentTo(Editor1).Single(m => m.Text!.Contains("one budget"));
        var two = SentTo(Editor1).Single(m => m.Text!.Contains("two budget"));

        Assert.Equal("When should it go out?", (await PressAsync(Editor1, Editor1, one.MessageId, Data(one, "Schedule"))).Text);
        var times = Api.Current(Editor1.ToString(), one.MessageId)!;
        Assert.Equal(["+30m", "+1h", "+3h", "tomorrow 09:00", "« Back"], times.Buttons.Select(b => b.Text));
        await PressAsync(Editor1, Editor1, one.MessageId, Data(times, "+1h"));
        await PressAsync(Editor2, Editor2, SentTo(Editor2).Single(m => m.Text!.Contains("two budget")).MessageId,
            Data(SentTo(Editor2).Single(m => m.Text!.Contains("two budget")), "Skip"));

        var schedule = Assert.Single(service.Store.Newsroom.PendingSchedules());
        Assert.Equal("Parliament passes the one budget", schedule.Story.Title);
        Assert.InRange(schedule.DueAt, DateTime.UtcNow.AddMinutes(59), DateTime.UtcNow.AddMinutes(61));
        Assert.Contains("Scheduled by @user7001", Api.Current(Editor2.ToString(), SentTo(Editor2).Single(m => m.Text!.Contains("one budget")).MessageId)!.Text);
        Assert.Contains("Skipped by @user7002", Api.Current(Editor1.ToString(), two.MessageId)!.Text);
        Assert.Empty(SentTo("@newsroom"));
    }

    [Fact]
    public async Task A_schedule_missed_while_down_is_published_at_start_once_and_the_editors_hear_it_is_late()
    {
        SampleNews.Publish(Site);
        using (var store = new LiteStore(Db))
            store.Newsroom.AddSchedule(Scheduled("missed", DateTime.UtcNow.AddMinutes(-30)));

        await using (var service = await TestService.StartAsync(Settings()))
        {
            await Eventually.TrueAsync(() => SentTo("@newsroom").Count == 1, "the late post");
            await Eventually.TrueAsync(() => SentTo(Editor1).Count == 1 && SentTo(Editor2).Count == 1, "the editors' notices");
            Assert.Contains("was due at", SentTo(Editor1)[0].Text);
            Assert.Contains("late: Parliament passes the missed budget", SentTo(Editor2)[0].Text);
        }
        await using (var again = await TestService.StartAsync(Settings()))
        {
            await Eventually.TrueAsync(() => again.Store.Feeds.Get(Feed).Primed, "running again");
            await Task.Delay(1500);
            Assert.Equal(ScheduleState.Published, again.Store.Newsroom.GetSchedule(1)!.State);
        }
        Assert.Single(SentTo("@newsroom"));
        Assert.Single(SentTo(Editor1));
    }

    [Fact]
    public async Task A_schedule_fires_at_its_time_once_and_not_again_after_a_restart()
    {
        await using (var service = await StartPrimedAsync())
        {
            var schedules = service.Host.Services.GetRequiredService<PostScheduler>();
            var soon = Scheduled("soon", DateTime.UtcNow.AddSeconds(1));
            await schedules.AddAsync(soon.Story.ToStory(), soon.Key, ["@newsroom"], soon.DueAt, Editor1, CancellationToken.None);
            Assert.Empty(SentTo("@newsroom"));

            await Eventually.TrueAsync(() => SentTo("@newsroom").Count == 1, "the scheduled post");
            Assert.Equal(PublishResult.NotPending, service.Host.Services.GetRequiredService<ScheduledPosts>().Fire(1));
        }
        await using (var again = await TestService.StartAsync(Settings()))
        {
            await Eventually.TrueAsync(() => again.Store.Feeds.Get(Feed).Primed, "running again");
            await Task.Delay(1500);
        }
        Assert.Single(SentTo("@newsroom"));
        Assert.Empty(SentTo(Editor1));
    }

    [Fact]
    public async Task A_pending_schedule_survives_a_restart_and_fires_after_it()
    {
        var due = DateTime.UtcNow.AddSeconds(4);
        await using (var service = await StartPrimedAsync())
            service.Store.Newsroom.AddSchedule(Scheduled("after", due));
        Assert.Empty(SentTo("@newsroom"));

        await using (var again = await TestService.StartAsync(Settings()))
            await Eventually.TrueAsync(() => SentTo("@newsroom").Count == 1, "the post after the restart");

        Assert.True(Api.Sent.Single(s => s.ChatId == "@newsroom").At.UtcDateTime >= due.AddMilliseconds(-50));
        Assert.Empty(SentTo(Editor1));
    }

    private ScheduleRecord Scheduled(string slug, DateTime due)
    {
        var url = Page(slug);
        var article = SampleNews.Article(slug);
        var story = new Story(url, article.Title, [article.Paragraphs[0]], "", null, "en", null);
        return new ScheduleRecord
        {
            Key = Source.KeyFor(url), Story = story.ToRecord(), Channels = ["@newsroom"], DueAt = due,
            EditorId = Editor1, CreatedAt = DateTime.UtcNow,
        };
    }
}
