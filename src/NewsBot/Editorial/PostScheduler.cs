using Microsoft.Extensions.Logging;
using NewsBot.Articles;
using NewsBot.Delivery;
using NewsBot.Posts;
using NewsBot.Scheduling;
using NewsBot.Storage;
using Quartz;

namespace NewsBot.Editorial;

/// <summary>Scheduled posts: LiteDB holds the truth, Quartz holds one trigger per pending schedule. Registered again at every start;
/// a schedule missed while the service was down fires at start and the editors are told it is late.</summary>
public sealed class PostScheduler(
    ISchedulerFactory quartz,
    NewsStore store,
    Publisher publisher,
    EditorDesk desk,
    OutboxSignal outbox,
    ILogger<PostScheduler> log)
{
    /// <summary>A post that fires this much after its time is "late" (the service was down), and the editors hear of it.</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(1);

    public async Task<ScheduleRecord> AddAsync(Story story, string key, IReadOnlyList<string> channels, DateTime dueAt, long editorId, CancellationToken ct)
    {
        var schedule = store.AddSchedule(new ScheduleRecord
        {
            Story = StoryRecord.From(story), Key = key, Channels = [.. channels], DueAt = dueAt, EditorId = editorId, CreatedAt = desk.Now,
        });
        await RegisterAsync(schedule, ct);
        return schedule;
    }

    /// <summary>Registers every pending schedule with Quartz (at start); returns how many.</summary>
    public async Task<int> RestoreAsync(CancellationToken ct)
    {
        var pending = store.PendingSchedules();
        foreach (var schedule in pending) await RegisterAsync(schedule, ct);
        if (pending.Count > 0) log.LogInformation("Registered {Count} pending scheduled posts", pending.Count);
        return pending.Count;
    }

    public async Task<ScheduleRecord?> CancelAsync(long id, CancellationToken ct)
    {
        if (!store.CancelSchedule(id)) return null;
        await (await quartz.GetScheduler(ct)).DeleteJob(ScheduledPostJob.KeyFor(id), ct);
        return store.GetSchedule(id);
    }

    public async Task<ScheduleRecord?> RescheduleAsync(long id, DateTime dueAt, CancellationToken ct)
    {
        if (store.Reschedule(id, dueAt) is not { } schedule) return null;
        await RegisterAsync(schedule, ct);
        return schedule;
    }

    /// <summary>Publishes a due schedule. The store's Pending → Published step and the deliveries are one transaction, so a second fire does nothing.</summary>
    public FireResult Fire(long id)
    {
        if (store.GetSchedule(id) is not { State: ScheduleState.Pending } schedule) return FireResult.NotPending;
        var now = desk.Now;
        var article = publisher.Prepare(schedule.Key, "", schedule.Story.ToStory(), null);
        var result = store.FireSchedule(id, article, publisher.TargetsFor(article, schedule.Channels), now);
        if (result == FireResult.Published)
        {
            outbox.Pulse();
            log.LogInformation("Scheduled post {ScheduleId} published as article {ArticleId}", id, article.Id);
            if (now - schedule.DueAt > LateAfter)
                desk.Notify($"late:{id}", t => string.Format(t.Late, id, desk.Show(schedule.DueAt), Title(schedule)));
        }
        else if (result == FireResult.AlreadyPublished)
            desk.Notify($"dup:{id}", t => string.Format(t.FiredDuplicate, id));
        return result;
    }

    private static string Title(ScheduleRecord s) => TelegramHtml.Escape(s.Story.Title);

    private async Task RegisterAsync(ScheduleRecord schedule, CancellationToken ct)
    {
        var scheduler = await quartz.GetScheduler(ct);
        var job = JobBuilder.Create<ScheduledPostJob>().WithIdentity(ScheduledPostJob.KeyFor(schedule.Id))
            .UsingJobData(ScheduledPostJob.IdKey, schedule.Id).Build();
        var at = new DateTimeOffset(schedule.DueAt > desk.Now ? schedule.DueAt : desk.Now, TimeSpan.Zero);
        // A one-shot simple trigger's default misfire policy fires it now: a late start still publishes.
        var trigger = TriggerBuilder.Create().ForJob(job).StartAt(at).Build();
        await scheduler.DeleteJob(job.Key, ct);
        await scheduler.ScheduleJob(job, trigger, cancellationToken: ct);
    }
}
