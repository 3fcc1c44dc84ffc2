using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Storage;

namespace NewsBot.Publication;

/// <summary>Fires a due scheduled post through the publication path: the schedule goes Pending → Published in the same transaction
/// that stores the article, so a second fire (a re-registered trigger, a restart) does nothing. A late or duplicate fire leaves a notice for the editors.</summary>
public sealed class ScheduledPosts(INewsroom newsroom, Publisher publisher, TimeProvider time, ILogger<ScheduledPosts> log)
{
    /// <summary>A post that fires this much after its time is "late" (the service was down), and the editors hear of it.</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(1);

    public PublishResult Fire(long id)
    {
        if (newsroom.GetSchedule(id) is not { State: ScheduleState.Pending } schedule) return PublishResult.NotPending;
        var (result, article) = publisher.Publish(schedule.Story.ToStory(), new Source(schedule.Key, "", schedule.Channels, null, id));
        var now = time.GetUtcNow().UtcDateTime;
        var ids = id.ToString(CultureInfo.InvariantCulture);
        if (result == PublishResult.Published)
        {
            log.LogInformation("Scheduled post {ScheduleId} published as article {ArticleId}", id, article.Id);
            if (now - schedule.DueAt > LateAfter)
                newsroom.AddNotice(new NoticeRecord
                {
                    Key = $"late:{ids}", Kind = NoticeKind.LateSchedule, CreatedAt = now,
                    Args = [ids, schedule.DueAt.ToString("O", CultureInfo.InvariantCulture), schedule.Story.Title],
                });
        }
        else if (result == PublishResult.AlreadyPublished)
            newsroom.AddNotice(new NoticeRecord { Key = $"dup:{ids}", Kind = NoticeKind.DuplicateSchedule, Args = [ids], CreatedAt = now });
        return result;
    }
}
