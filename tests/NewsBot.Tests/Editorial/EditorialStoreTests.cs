using LiteDB;
using NewsBot.Summaries;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Editorial;

/// <summary>The store's guarded state changes: a schedule fires once, a draft is decided once, readers are read from their collection.</summary>
public sealed class EditorialStoreTests : IDisposable
{
    private readonly string _path = Path.Combine(Some.TempDir(), "editorial.db");
    private readonly LiteStore _store;
    private readonly DateTime _now = new(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc);

    public EditorialStoreTests() => _store = new LiteStore(_path);

    public void Dispose() => _store.Dispose();

    private static readonly DeliveryTarget[] Newsroom = [new("@newsroom", ChatKind.Group, Lane.Channel)];

    private ScheduleRecord Schedule(string key = "url:https://news.example/a") =>
        _store.Newsroom.AddSchedule(new ScheduleRecord { Key = key, DueAt = _now, Story = new StoryRecord { Url = "https://news.example/a", Title = "A" } });

    private ArticleRecord Article(string key = "url:https://news.example/a") =>
        new() { Key = key, Title = "A", State = ArticleState.Published, PostHtml = "<b>A</b>", FoundAt = _now };

    /// <summary>The store's publication step with the schedule it fires, as the publication path calls it.</summary>
    private PublishResult Fire(long scheduleId) => _store.Articles.Publish(new PublishRequest(Article(), Newsroom, scheduleId), _now);

    [Fact]
    public void A_schedule_fires_once_however_often_it_is_fired()
    {
        var schedule = Schedule();

        Assert.Equal(PublishResult.Published, Fire(schedule.Id));
        Assert.Equal(PublishResult.NotPending, Fire(schedule.Id));

        Assert.Equal(1, _store.Outbox.Count(DeliveryState.Pending));
        var fired = _store.Newsroom.GetSchedule(schedule.Id)!;
        Assert.Equal(ScheduleState.Published, fired.State);
        Assert.NotNull(fired.ArticleId);
        Assert.Empty(_store.Newsroom.PendingSchedules());
    }

    [Fact]
    public void A_schedule_whose_url_was_published_before_is_closed_without_a_second_post()
    {
        _store.AddPublished(Article(), Newsroom, _now);

        Assert.Equal(PublishResult.AlreadyPublished, Fire(Schedule().Id));
        Assert.Equal(1, _store.Outbox.Count(DeliveryState.Pending));
    }

    [Fact]
    public void A_cancelled_schedule_never_fires_and_cannot_be_moved()
    {
        var schedule = Schedule();

        Assert.True(_store.Newsroom.CancelSchedule(schedule.Id));
        Assert.False(_store.Newsroom.CancelSchedule(schedule.Id));
        Assert.Null(_store.Newsroom.Reschedule(schedule.Id, _now.AddHours(1)));
        Assert.Equal(PublishResult.NotPending, Fire(schedule.Id));
        Assert.Equal(0, _store.Outbox.Count(DeliveryState.Pending));
    }

    [Fact]
    public void The_first_decision_on_a_draft_wins()
    {
        var draft = _store.Newsroom.AddDraft(new DraftRecord { Key = "k" });

        Assert.NotNull(_store.Newsroom.DecideDraft(draft.Id, DraftState.Published, 1, "@first", _now));
        Assert.Null(_store.Newsroom.DecideDraft(draft.Id, DraftState.Skipped, 2, "@second", _now));
        Assert.Equal("@first", _store.Newsroom.GetDraft(draft.Id)!.DecidedByName);
        Assert.Equal(DraftState.Published, _store.Newsroom.GetDraft(draft.Id)!.State);
    }

    [Fact]
    public void Schedules_and_sources_survive_a_reopen()
    {
        var schedule = Schedule();
        _store.Newsroom.AddSource(new SourceRecord { Url = "https://feeds.example/rss" });
        _store.Dispose();

        using var again = new LiteStore(_path);
        Assert.Equal(schedule.Id, Assert.Single(again.Newsroom.PendingSchedules()).Id);
        Assert.Equal("https://feeds.example/rss", Assert.Single(again.Newsroom.Sources()).Url);
        Assert.Null(again.Newsroom.AddSource(new SourceRecord { Url = "https://feeds.example/rss" }));
    }
}
