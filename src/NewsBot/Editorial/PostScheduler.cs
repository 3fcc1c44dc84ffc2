using NewsBot.Publication;
using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.Summaries;

namespace NewsBot.Editorial;

/// <summary>Scheduled posts as editors change them: LiteDB holds the truth, <see cref="Triggers"/> the Quartz trigger of each pending one.
/// Firing is the publication path's (<see cref="ScheduledPosts"/>).</summary>
public sealed class PostScheduler(INewsroom newsroom, Triggers triggers, EditorDesk desk)
{
    public async Task<ScheduleRecord> AddAsync(Story story, string key, IReadOnlyList<string> channels, DateTime dueAt, long editorId, CancellationToken ct)
    {
        var schedule = newsroom.AddSchedule(new ScheduleRecord
        {
            Story = story.ToRecord(), Key = key, Channels = [.. channels], DueAt = dueAt, EditorId = editorId, CreatedAt = desk.Now,
        });
        await triggers.FireAtAsync(schedule, ct);
        return schedule;
    }

    public async Task<ScheduleRecord?> CancelAsync(long id, CancellationToken ct)
    {
        if (!newsroom.CancelSchedule(id)) return null;
        await triggers.UnscheduleAsync(id, ct);
        return newsroom.GetSchedule(id);
    }

    public async Task<ScheduleRecord?> RescheduleAsync(long id, DateTime dueAt, CancellationToken ct)
    {
        if (newsroom.Reschedule(id, dueAt) is not { } schedule) return null;
        await triggers.FireAtAsync(schedule, ct);
        return schedule;
    }
}
