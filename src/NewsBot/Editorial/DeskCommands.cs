using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.Commands;
using NewsBot.Posts;
using NewsBot.Storage;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Editorial;

/// <summary>/pause, /resume, /stats and /broadcast (queued, after its confirm button, as a fan-out the delivery worker runs).</summary>
public sealed class DeskCommands(
    IArticles articles,
    IOutbox outbox,
    IReaders readers,
    INewsroom newsroom,
    IFeedStates feedStates,
    ISettings settings,
    EditorDesk desk,
    IOptions<FeedsOptions> feeds) : IBotFeature
{
    public const string Prefix = "ed:b:";

    public IReadOnlyCollection<string> Commands { get; } = ["pause", "resume", "stats", "broadcast"];

    public bool EditorsOnly => true;

    public string? CallbackPrefix => Prefix;

    public IEnumerable<BotCommand> Menu(string language) => EditorMenu.For(Commands, language);

    public async Task OnCommandAsync(Command command, CancellationToken ct)
    {
        var t = desk.TextsFor(command);
        await (command.Name switch
        {
            "pause" => desk.ReplyAsync(command, Pause(command, t), ct),
            "resume" => desk.ReplyAsync(command, Resume(command, t), ct),
            "stats" => desk.ReplyAsync(command, Stats(t), ct),
            _ => BroadcastAsync(command, t, ct),
        });
    }

    private bool Paused => settings.Get(ISettings.Paused) != 0;

    private string Pause(Command command, EditorReplies.Texts t)
    {
        if (Paused) return t.AlreadyPaused;
        settings.Save(ISettings.Paused, 1);
        desk.Record(command.UserId ?? 0, "pause", "");
        return t.Paused;
    }

    private string Resume(Command command, EditorReplies.Texts t)
    {
        if (!Paused) return t.NotPaused;
        settings.Save(ISettings.Paused, 0);
        var released = outbox.ReleaseChannelPosts(desk.Now);
        desk.Record(command.UserId ?? 0, "resume", $"{released} waiting post(s) released");
        return string.Format(t.Resumed, released);
    }

    private string Stats(EditorReplies.Texts t)
    {
        var midnight = desk.Clock.StartOfToday;
        var today = articles.PublishedSince(midnight);
        var subscribers = readers.Count(active: true).ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder(string.Format(t.Stats, desk.Show(midnight)[..10], today.Count,
            outbox.CountSince(DeliveryState.Sent, midnight), outbox.Count(DeliveryState.Pending),
            outbox.CountSince(DeliveryState.Failed, midnight), subscribers, newsroom.PendingSchedules().Count,
            Paused ? " ⏸" : ""));
        text.AppendLine();
        text.AppendLine(string.Format(t.StatsLifecycle, outbox.CountDone(DeliveryAction.Edit, midnight), outbox.CountDone(DeliveryAction.Delete, midnight),
            outbox.CountDone(DeliveryAction.Pin, midnight)));
        var urls = feeds.Value.Items.Select(f => f.Url).Concat(newsroom.Sources().Select(s => s.Url)).Distinct();
        foreach (var url in urls)
        {
            var state = feedStates.Get(url);
            var failing = state.Failures > 0 ? $"; {state.Failures} failure(s): {state.LastError}"
                : state.ItemFailures.Count > 0 ? $"; {state.ItemFailures.Count} item(s) failing: {state.LastError}" : "";
            text.AppendLine("• " + string.Format(t.StatsFeed, state.Title ?? url, today.Count(a => a.FeedUrl == url), failing));
        }
        var audit = newsroom.LatestAudit(5);
        if (audit.Count > 0) text.AppendLine(t.StatsAudit);
        foreach (var a in audit) text.AppendLine($"{desk.Show(a.At)} {a.UserId} {a.Action} {a.Detail}".TrimEnd());
        return text.ToString().TrimEnd();
    }

    private async Task BroadcastAsync(Command command, EditorReplies.Texts t, CancellationToken ct)
    {
        if (command.Args.Length == 0)
        {
            await desk.UsageAsync(command, t, "/broadcast <text>", ct);
            return;
        }
        var html = TelegramHtml.Escape(command.Args);
        if (TelegramHtml.VisibleLength(html) > Replier.TextLimit)
        {
            await desk.ReplyAsync(command, string.Format(t.BroadcastTooLong, TelegramHtml.VisibleLength(html), Replier.TextLimit), ct);
            return;
        }
        var active = readers.Count(active: true);
        if (active == 0)
        {
            await desk.ReplyAsync(command, t.NoSubscribers, ct);
            return;
        }
        var broadcast = newsroom.AddBroadcast(new BroadcastRecord { Html = html, EditorId = command.UserId ?? 0, CreatedAt = desk.Now });
        var buttons = new InlineKeyboardMarkup(
        [
            [InlineKeyboardButton.WithCallbackData(t.BroadcastSend, $"{Prefix}{broadcast.Id}:ok"), InlineKeyboardButton.WithCallbackData(t.Cancel, $"{Prefix}{broadcast.Id}:no")],
        ]);
        await desk.Replier.SendAsync(command.ChatId, string.Format(t.BroadcastConfirm, active, broadcast.Html), buttons, ct);
    }

    /// <summary>Send: the broadcast and its fan-out are stored in one transaction; the delivery worker queues it reader by reader.</summary>
    public async Task OnCallbackAsync(CallbackQuery query, CancellationToken ct)
    {
        var t = desk.TextsFor(query);
        var parts = query.Data![Prefix.Length..].Split(':');
        var send = parts.ElementAtOrDefault(1) == "ok";
        var id = EditorInput.Id(parts[0]);
        var broadcast = id is null ? null : send ? newsroom.ConfirmBroadcast(id.Value, desk.Now) : newsroom.CancelBroadcast(id.Value);
        if (broadcast is null)
        {
            await desk.AnswerAsync(query, t.Done, ct);
            return;
        }
        var outcome = send ? string.Format(t.BroadcastQueued, readers.Count(active: true)) : t.BroadcastCancelled;
        desk.Record(query.From.Id, send ? "broadcast" : "broadcast cancelled", outcome);
        var closed = broadcast.Html + "\n\n<b>" + TelegramHtml.Escape(outcome) + "</b>";
        if (query.Message is { } message && TelegramHtml.VisibleLength(closed) <= Replier.TextLimit)
            await desk.Replier.EditAsync(message.Chat.Id, message.MessageId, closed, null, ct);
        else if (query.Message is { } tooLong)
            await desk.Replier.EditButtonsAsync(tooLong, null, ct);
        await desk.AnswerAsync(query, outcome, ct);
    }
}
