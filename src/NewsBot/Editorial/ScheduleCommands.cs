using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.Commands;
using NewsBot.Publication;
using NewsBot.Storage;
using Telegram.Bot.Types;

namespace NewsBot.Editorial;

/// <summary>/schedule, /queue, /cancel and /reschedule: scheduled posts in Publishing:TimeZone.</summary>
public sealed class ScheduleCommands(
    INewsroom newsroom,
    IOutbox outbox,
    IArticles articles,
    PostScheduler schedules,
    UrlStories stories,
    EditorDesk desk,
    IOptions<TelegramOptions> telegram) : IBotFeature
{
    private const string WhenUsage = "<HH:MM | YYYY-MM-DD HH:MM | +30m | +2h | tomorrow HH:MM>";

    public IReadOnlyCollection<string> Commands { get; } = ["schedule", "queue", "cancel", "reschedule"];

    public bool EditorsOnly => true;

    public IEnumerable<BotCommand> Menu(string language) => EditorMenu.For(Commands, language);

    public async Task OnCommandAsync(Command command, CancellationToken ct)
    {
        var t = desk.TextsFor(command);
        await (command.Name switch
        {
            "schedule" => ScheduleAsync(command, t, ct),
            "queue" => desk.ReplyAsync(command, Queue(t), ct),
            "cancel" => CancelAsync(command, t, ct),
            _ => RescheduleAsync(command, t, ct),
        });
    }

    private async Task ScheduleAsync(Command command, EditorReplies.Texts t, CancellationToken ct)
    {
        if (EditorInput.Schedule(command.Args) is not var (when, url))
        {
            await desk.UsageAsync(command, t, $"/schedule {WhenUsage} <url>", ct);
            return;
        }
        if (await WhenAsync(command, when, t, ct) is not { } due) return;
        if (await stories.ReadAsync(command, url, t, ct) is not { } story) return;
        var schedule = await schedules.AddAsync(story, Source.KeyFor(story.Url), telegram.Value.Channels, due, command.UserId ?? 0, ct);
        desk.Record(command.UserId ?? 0, "schedule", $"#{schedule.Id} at {desk.Show(due)}: {story.Url}");
        await desk.ReplyAsync(command, string.Format(t.Scheduled, schedule.Id, desk.Show(due), story.Title), ct);
    }

    private string Queue(EditorReplies.Texts t)
    {
        var text = new StringBuilder();
        var pending = newsroom.PendingSchedules();
        if (pending.Count > 0) text.AppendLine(t.QueueScheduled);
        foreach (var s in pending) text.AppendLine($"#{s.Id} {desk.Show(s.DueAt)} — {s.Story.Title}");
        var waiting = outbox.PendingChannelPosts();
        if (waiting.Count > 0) text.AppendLine(t.QueueWaiting);
        foreach (var d in waiting.Take(20))
            text.AppendLine($"article {d.ArticleId} → {d.Chat} {desk.Show(d.DueAt)} — {articles.Get(d.ArticleId)?.Title}");
        return text.Length == 0 ? t.QueueEmpty : text.ToString().TrimEnd();
    }

    private async Task CancelAsync(Command command, EditorReplies.Texts t, CancellationToken ct)
    {
        if (await IdAsync(command, command.Args, "/cancel <id>", t, ct) is not { } id) return;
        if (await schedules.CancelAsync(id, ct) is not { } cancelled)
        {
            await desk.ReplyAsync(command, string.Format(t.NoSchedule, id), ct);
            return;
        }
        desk.Record(command.UserId ?? 0, "cancel", $"#{id}: {cancelled.Story.Url}");
        await desk.ReplyAsync(command, string.Format(t.Cancelled, id, cancelled.Story.Title), ct);
    }

    private async Task RescheduleAsync(Command command, EditorReplies.Texts t, CancellationToken ct)
    {
        const string usage = $"/reschedule <id> {WhenUsage}";
        if (EditorInput.Reschedule(command.Args) is not var (idText, when))
        {
            await desk.UsageAsync(command, t, usage, ct);
            return;
        }
        if (await IdAsync(command, idText, usage, t, ct) is not { } id) return;
        if (newsroom.GetSchedule(id) is not { State: ScheduleState.Pending })
        {
            await desk.ReplyAsync(command, string.Format(t.NoSchedule, id), ct);
            return;
        }
        if (await WhenAsync(command, when, t, ct) is not { } due) return;
        if (await schedules.RescheduleAsync(id, due, ct) is null)
        {
            await desk.ReplyAsync(command, string.Format(t.NoSchedule, id), ct);
            return;
        }
        desk.Record(command.UserId ?? 0, "reschedule", $"#{id} to {desk.Show(due)}");
        await desk.ReplyAsync(command, string.Format(t.Rescheduled, id, desk.Show(due)), ct);
    }

    /// <summary>The instant an expression means, or null after telling the editor it is not understood or already past.</summary>
    private async Task<DateTime?> WhenAsync(Command command, string expression, EditorReplies.Texts t, CancellationToken ct)
    {
        switch (WhenParser.Parse(expression, new DateTimeOffset(desk.Now), desk.Clock.Zone))
        {
            case When.At at:
                return at.Utc;
            case When.Past past:
                await desk.ReplyAsync(command, string.Format(t.PastWhen, desk.Show(past.Utc)), ct);
                return null;
            default:
                await desk.ReplyAsync(command, string.Format(t.BadWhen, expression, desk.Clock.Zone.Id), ct);
                return null;
        }
    }

    private async Task<long?> IdAsync(Command command, string text, string usage, EditorReplies.Texts t, CancellationToken ct)
    {
        if (text.Length == 0)
        {
            await desk.UsageAsync(command, t, usage, ct);
            return null;
        }
        if (EditorInput.Id(text) is { } id) return id;
        await desk.ReplyAsync(command, string.Format(t.BadId, text, "/queue"), ct);
        return null;
    }
}
