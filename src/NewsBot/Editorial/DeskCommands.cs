using System.Globalization;
using System.Text;
using NewsBot.Bot;
using NewsBot.Delivery;
using NewsBot.Posts;
using NewsBot.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Editorial;

/// <summary>/pause, /resume, /stats and /broadcast (sent only after its confirm button).</summary>
public sealed class DeskCommands(
    ITelegramBotClient bot,
    NewsStore store,
    ChannelGate gate,
    SourceFeeds sources,
    OutboxSignal outbox,
    EditorDesk desk) : IBotFeature
{
    public const string Prefix = "ed:b:";

    public IReadOnlyCollection<string> Commands { get; } = ["pause", "resume", "stats", "broadcast"];

    public string? CallbackPrefix => Prefix;

    public IEnumerable<BotCommand> Menu(string language, bool forEditor) => EditorMenu.For(Commands, language, forEditor);

    public async Task OnCommandAsync(Command command, CancellationToken ct)
    {
        if (await desk.AdmitAsync(command, ct) is not { } t) return;
        await (command.Name switch
        {
            "pause" => desk.ReplyAsync(command, Pause(command, t), ct),
            "resume" => desk.ReplyAsync(command, Resume(command, t), ct),
            "stats" => desk.ReplyAsync(command, Stats(t), ct),
            _ => BroadcastAsync(command, t, ct),
        });
    }

    private string Pause(Command command, EditorReplies.Texts t)
    {
        if (store.Paused) return t.AlreadyPaused;
        store.SaveSetting(NewsStore.PausedSetting, 1);
        desk.Record(command.UserId ?? 0, "pause", "");
        return t.Paused;
    }

    private string Resume(Command command, EditorReplies.Texts t)
    {
        if (!store.Paused) return t.NotPaused;
        store.SaveSetting(NewsStore.PausedSetting, 0);
        var released = store.ReleaseHeld(gate.Channels, desk.Now);
        outbox.Pulse();
        desk.Record(command.UserId ?? 0, "resume", $"{released} waiting post(s) released");
        return string.Format(t.Resumed, released);
    }

    private string Stats(EditorReplies.Texts t)
    {
        var midnight = WhenParser.ToUtc(WhenParser.ToLocal(desk.Now, desk.Zone).Date, desk.Zone);
        var today = store.PublishedSince(midnight);
        var subscribers = store.CountReaders(active: true).ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder(string.Format(t.Stats, desk.Show(midnight)[..10], today.Count,
            store.CountDeliveriesSince(DeliveryState.Sent, midnight), store.CountDeliveries(DeliveryState.Pending),
            store.CountDeliveriesSince(DeliveryState.Failed, midnight), subscribers, store.PendingSchedules().Count,
            store.Paused ? " ⏸" : ""));
        text.AppendLine();
        var feeds = sources.Configured.Select(f => f.Url).Concat(store.Sources().Select(s => s.Url)).Distinct();
        foreach (var url in feeds)
        {
            var state = store.GetFeedState(url);
            var failing = state.Failures > 0 ? $"; {state.Failures} failure(s): {state.LastError}" : "";
            text.AppendLine("• " + string.Format(t.StatsFeed, state.Title ?? url, today.Count(a => a.FeedUrl == url), failing));
        }
        var audit = store.LatestAudit(5);
        if (audit.Count > 0) text.AppendLine(t.StatsAudit);
        foreach (var a in audit) text.AppendLine($"{desk.Show(a.At)} {a.UserId} {a.Action} {a.Detail}".TrimEnd());
        return text.ToString().TrimEnd();
    }

    private async Task BroadcastAsync(Command command, EditorReplies.Texts t, CancellationToken ct)
    {
        if (command.Args.Length == 0)
        {
            await desk.ReplyAsync(command, string.Format(t.Usage, "/broadcast <text>"), ct);
            return;
        }
        var readers = store.CountReaders(active: true);
        if (readers == 0)
        {
            await desk.ReplyAsync(command, t.NoSubscribers, ct);
            return;
        }
        var broadcast = store.AddBroadcast(new BroadcastRecord { Html = TelegramHtml.Escape(command.Args), EditorId = command.UserId ?? 0, CreatedAt = desk.Now });
        var buttons = new InlineKeyboardMarkup(
        [
            [InlineKeyboardButton.WithCallbackData(t.BroadcastSend, $"{Prefix}{broadcast.Id}:ok"), InlineKeyboardButton.WithCallbackData(t.Cancel, $"{Prefix}{broadcast.Id}:no")],
        ]);
        await desk.ReplyHtmlAsync(command.ChatId, string.Format(t.BroadcastConfirm, readers, broadcast.Html), buttons, ct);
    }

    public async Task OnCallbackAsync(CallbackQuery query, CancellationToken ct)
    {
        if (await desk.AdmitAsync(query, ct) is not { } t) return;
        var parts = query.Data![Prefix.Length..].Split(':');
        if (!long.TryParse(parts[0], CultureInfo.InvariantCulture, out var id) || store.TakeBroadcast(id) is not { } broadcast)
        {
            await desk.AnswerAsync(query, t.Done, ct);
            return;
        }
        var send = parts.ElementAtOrDefault(1) == "ok";
        var outcome = send ? string.Format(t.BroadcastQueued, Queue(broadcast)) : t.BroadcastCancelled;
        desk.Record(query.From.Id, send ? "broadcast" : "broadcast cancelled", outcome);
        if (query.Message is { } message)
            await bot.EditMessageText(message.Chat.Id, message.MessageId, broadcast.Html + "\n\n<b>" + TelegramHtml.Escape(outcome) + "</b>",
                ParseMode.Html, cancellationToken: ct);
        await desk.AnswerAsync(query, outcome, ct);
    }

    /// <summary>One outbox message per active reader (priority 2, after channel posts and editors' notices), queued in chunks; how many.</summary>
    private int Queue(BroadcastRecord broadcast)
    {
        var added = 0;
        var after = long.MinValue;
        while (store.ReadersAfter(after, 2000) is { Count: > 0 } batch)
        {
            added += store.AddMessages(batch.Where(r => r.Active).Select(r => (
                $"bc:{broadcast.Id}:{r.Id}",
                new DeliveryTarget(r.Id.ToString(CultureInfo.InvariantCulture), r.IsGroup ? ChatKind.Group : ChatKind.Private, 2),
                broadcast.Html)), desk.Now);
            after = batch[^1].Id;
            outbox.Pulse();
        }
        return added;
    }
}
