using System.Globalization;
using NewsBot.Commands;
using NewsBot.Publication;
using NewsBot.Storage;
using Telegram.Bot.Types;

namespace NewsBot.Editorial;

/// <summary>The buttons under drafts and previews: the first editor's decision wins, later presses are told who decided.</summary>
public sealed class DraftButtons(
    INewsroom newsroom,
    Publisher publisher,
    PostScheduler schedules,
    DraftDesk drafts,
    EditorDesk desk) : IBotFeature
{
    public IReadOnlyCollection<string> Commands { get; } = [];

    public bool EditorsOnly => true;

    public string? CallbackPrefix => DraftDesk.Prefix;

    public IEnumerable<BotCommand> Menu(string language) => [];

    public Task OnCommandAsync(Command command, CancellationToken ct) => Task.CompletedTask;

    public async Task OnCallbackAsync(CallbackQuery query, CancellationToken ct)
    {
        var t = desk.TextsFor(query);
        var parts = query.Data![DraftDesk.Prefix.Length..].Split(':', 2);
        if (!long.TryParse(parts[0], CultureInfo.InvariantCulture, out var id) || newsroom.GetDraft(id) is not { } draft)
        {
            await desk.AnswerAsync(query, t.NoDraft, ct);
            return;
        }
        if (draft.State != DraftState.Open)
        {
            await desk.AnswerAsync(query, string.Format(t.AlreadyDecided, draft.DecidedByName), ct, alert: true);
            return;
        }
        var action = parts.ElementAtOrDefault(1) ?? "";
        await (action switch
        {
            "ok" => PublishAsync(query, draft, t, ct),
            "no" => SkipAsync(query, draft, t, ct),
            "sc" => ShowKeyboardAsync(query, DraftDesk.Times(draft, t), t.PickTime, ct),
            "bk" => ShowKeyboardAsync(query, DraftDesk.Decisions(draft, t), null, ct),
            _ when action.StartsWith("w:", StringComparison.Ordinal) => ScheduleAsync(query, draft, action[2..], t, ct),
            _ => desk.AnswerAsync(query, t.NoDraft, ct),
        });
    }

    private async Task PublishAsync(CallbackQuery query, DraftRecord draft, EditorReplies.Texts t, CancellationToken ct)
    {
        if (await DecideAsync(query, draft, DraftState.Published, t, ct) is not { } decided) return;
        var (result, article) = publisher.Publish(decided.Story.ToStory(), new Source(decided.Key, "", decided.Channels));
        var published = result == PublishResult.Published;
        desk.Record(query.From.Id, "approve", $"draft {draft.Id} → article {(published ? article.Id.ToString(CultureInfo.InvariantCulture) : "none (published before)")}");
        await drafts.CloseAsync(decided, x => published ? string.Format(x.DecidedPublished, decided.DecidedByName, article.Id) : x.AlreadyPublished, ct);
        await desk.AnswerAsync(query, t.Done, ct);
    }

    private async Task SkipAsync(CallbackQuery query, DraftRecord draft, EditorReplies.Texts t, CancellationToken ct)
    {
        if (await DecideAsync(query, draft, DraftState.Skipped, t, ct) is not { } decided) return;
        desk.Record(query.From.Id, "skip", $"draft {draft.Id}: {draft.Story.Url}");
        await drafts.CloseAsync(decided, x => string.Format(x.DecidedSkipped, decided.DecidedByName), ct);
        await desk.AnswerAsync(query, t.Done, ct);
    }

    private async Task ScheduleAsync(CallbackQuery query, DraftRecord draft, string when, EditorReplies.Texts t, CancellationToken ct)
    {
        var parsed = WhenParser.Parse(when, new DateTimeOffset(desk.Now), desk.Clock.Zone);
        if (parsed is not When.At at)
        {
            await desk.AnswerAsync(query, string.Format(t.BadWhen, when, desk.Clock.Zone.Id), ct, alert: true);
            return;
        }
        if (await DecideAsync(query, draft, DraftState.Scheduled, t, ct) is not { } decided) return;
        var schedule = await schedules.AddAsync(decided.Story.ToStory(), decided.Key, decided.Channels, at.Utc, query.From.Id, ct);
        desk.Record(query.From.Id, "schedule", $"draft {draft.Id} as #{schedule.Id} at {desk.Show(at.Utc)}");
        await drafts.CloseAsync(decided, x => string.Format(x.DecidedScheduled, decided.DecidedByName, desk.Show(at.Utc), schedule.Id), ct);
        await desk.AnswerAsync(query, t.Done, ct);
    }

    /// <summary>The store's Open → decided step; a press that lost the race is told who won.</summary>
    private async Task<DraftRecord?> DecideAsync(CallbackQuery query, DraftRecord draft, DraftState state, EditorReplies.Texts t, CancellationToken ct)
    {
        if (newsroom.DecideDraft(draft.Id, state, query.From.Id, EditorDesk.NameOf(query.From), desk.Now) is { } decided) return decided;
        var winner = newsroom.GetDraft(draft.Id)?.DecidedByName ?? "?";
        await desk.AnswerAsync(query, string.Format(t.AlreadyDecided, winner), ct, alert: true);
        return null;
    }

    private async Task ShowKeyboardAsync(CallbackQuery query, Telegram.Bot.Types.ReplyMarkups.InlineKeyboardMarkup keyboard, string? answer, CancellationToken ct)
    {
        if (query.Message is { } message)
            await desk.Replier.EditButtonsAsync(message, keyboard, ct);
        await desk.AnswerAsync(query, answer, ct);
    }
}
