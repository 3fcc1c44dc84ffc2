using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.Bot;
using NewsBot.Delivery;
using NewsBot.Posts;
using NewsBot.Storage;
using Telegram.Bot.Types;

namespace NewsBot.Editorial;

/// <summary>/schedule, /queue, /cancel and /reschedule: scheduled posts in Publishing:TimeZone.</summary>
public sealed class ScheduleCommands(
    NewsStore store,
    PostScheduler schedules,
    UrlStories stories,
    ChannelGate gate,
    EditorDesk desk,
    IOptions<TelegramOptions> telegram) : IBotFeature
{
    public IReadOnlyCollection<string> Commands { get; } = ["schedule", "queue", "cancel", "reschedule"];

    public IEnumerable<BotCommand> Menu(string language, bool forEditor) => EditorMenu.For(Commands, language, forEditor);

    public async Task OnCommandAsync(Command command, CancellationToken ct)
    {
        if (await desk.AdmitAsync(command, ct) is not { } t) return;
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
        var words = command.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            await desk.ReplyAsync(command, string.Format(t.Usage, "/schedule <HH:MM | YYYY-MM-DD HH:MM | +30m | +2h | tomorrow HH:MM> <url>"), ct);
            return;
        }
        if (await WhenAsync(command, string.Join(' ', words[..^1]), t, ct) is not { } due) return;
        if (await stories.ReadAsync(command, words[^1], t, ct) is not { } story) return;
        var schedule = await schedules.AddAsync(story, Publisher.KeyFor(story.Url), telegram.Value.Channels, due, command.UserId ?? 0, ct);
        desk.Record(command.UserId ?? 0, "schedule", $"#{schedule.Id} at {desk.Show(due)}: {story.Url}");
        await desk.ReplyAsync(command, string.Format(t.Scheduled, schedule.Id, desk.Show(due), story.Title), ct);
    }

    private string Queue(EditorReplies.Texts t)
    {
        var text = new StringBuilder();
        var pending = store.PendingSchedules();
        if (pending.Count > 0) text.AppendLine(t.QueueScheduled);
        foreach (var s in pending) text.AppendLine($"#{s.Id} {desk.Show(s.DueAt)} — {s.Story.Title}");
        var waiting = store.PendingPosts(gate.Channels);
        if (waiting.Count > 0) text.AppendLine(t.QueueWaiting);
        foreach (var d in waiting.Take(20))
            text.AppendLine($"article {d.ArticleId} → {d.Chat} {desk.Show(d.DueAt)} — {store.GetArticle(d.ArticleId)?.Title}");
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
        var parts = command.Args.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        const string usage = "/reschedule <id> <HH:MM | YYYY-MM-DD HH:MM | +30m | +2h | tomorrow HH:MM>";
        if (parts.Length < 2)
        {
            await desk.ReplyAsync(command, string.Format(t.Usage, usage), ct);
            return;
        }
        if (await IdAsync(command, parts[0], usage, t, ct) is not { } id) return;
        if (store.GetSchedule(id) is not { State: ScheduleState.Pending })
        {
            await desk.ReplyAsync(command, string.Format(t.NoSchedule, id), ct);
            return;
        }
        if (await WhenAsync(command, parts[1], t, ct) is not { } due) return;
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
        switch (WhenParser.Parse(expression, new DateTimeOffset(desk.Now), desk.Zone))
        {
            case When.At at:
                return at.Utc;
            case When.Past past:
                await desk.ReplyAsync(command, string.Format(t.PastWhen, desk.Show(past.Utc)), ct);
                return null;
            default:
                await desk.ReplyAsync(command, string.Format(t.BadWhen, expression, desk.Zone.Id), ct);
                return null;
        }
    }

    private async Task<long?> IdAsync(Command command, string text, string usage, EditorReplies.Texts t, CancellationToken ct)
    {
        if (text.Length == 0)
        {
            await desk.ReplyAsync(command, string.Format(t.Usage, usage), ct);
            return null;
        }
        if (long.TryParse(text.TrimStart('#'), CultureInfo.InvariantCulture, out var id)) return id;
        await desk.ReplyAsync(command, string.Format(t.BadId, text, "/queue"), ct);
        return null;
    }
}
