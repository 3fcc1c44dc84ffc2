using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Commands;
using NewsBot.Posts;
using NewsBot.Publication;
using NewsBot.Storage;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Editorial;

/// <summary>Questions about removed articles (Publishing:OnRemoval = Ask) on the editors' screens: every editor gets the post as published,
/// what its page answers, and Delete / Keep; the first decision wins and every copy is edited to say who decided.</summary>
public sealed class RemovalDesk(INewsroom newsroom, IArticles articles, EditorDesk desk, ILogger<RemovalDesk> log)
{
    public const string Prefix = "ed:r:";

    /// <summary>Shows a stored question to its editors and records the copies (it is then offered).</summary>
    public async Task OfferAsync(RemovalRecord removal, CancellationToken ct)
    {
        var article = articles.Get(removal.ArticleId);
        var copies = new List<DraftCopy>();
        foreach (var editor in removal.Editors)
        {
            var t = desk.TextsFor(editor);
            if (await desk.Replier.SendAsync(editor, Render(removal, article, t), Decisions(removal, article, t), ct) is { } messageId)
                copies.Add(new DraftCopy { EditorId = editor, MessageId = messageId });
            else log.LogWarning("The question about removed article {ArticleId} could not reach editor {EditorId}", removal.ArticleId, editor);
        }
        removal.Copies = copies;
        newsroom.SaveRemovalCopies(removal.Id, copies);
    }

    /// <summary>Edits every copy to the decision, with no decision buttons left.</summary>
    public async Task CloseAsync(RemovalRecord removal, Func<EditorReplies.Texts, string> verdict, CancellationToken ct)
    {
        var article = articles.Get(removal.ArticleId);
        foreach (var copy in removal.Copies)
        {
            var t = desk.TextsFor(copy.EditorId);
            var html = Render(removal, article, t) + "\n\n<b>" + TelegramHtml.Escape(verdict(t)) + "</b>";
            await desk.Replier.EditAsync(copy.EditorId, copy.MessageId, html, new InlineKeyboardMarkup(ReadMore(article)), ct);
        }
    }

    private static string Render(RemovalRecord removal, ArticleRecord? article, EditorReplies.Texts t)
    {
        var header = string.Format(t.RemovalHeader, removal.ArticleId.ToString(CultureInfo.InvariantCulture), TelegramHtml.Escape(removal.Reason));
        return $"<i>{header}</i>\n\n{article?.PostHtml ?? TelegramHtml.Escape(article?.Title ?? "")}";
    }

    private static InlineKeyboardMarkup Decisions(RemovalRecord removal, ArticleRecord? article, EditorReplies.Texts t) => new(
    [
        [
            InlineKeyboardButton.WithCallbackData(t.RemovalDelete, $"{Prefix}{removal.Id}:del"),
            InlineKeyboardButton.WithCallbackData(t.RemovalKeep, $"{Prefix}{removal.Id}:keep"),
        ],
        ReadMore(article),
    ]);

    private static InlineKeyboardButton[] ReadMore(ArticleRecord? article) =>
        article is { Url: { Length: > 0 } url } ? [InlineKeyboardButton.WithUrl(article.PostButtonText ?? "Read more", url)] : [];
}

/// <summary>The Delete / Keep buttons under a question about a removed article: the first editor's decision wins, later presses are told who decided.</summary>
public sealed class RemovalButtons(INewsroom newsroom, IArticles articles, Retractions retractions, RemovalDesk removals, EditorDesk desk) : IBotFeature
{
    public IReadOnlyCollection<string> Commands { get; } = [];

    public bool EditorsOnly => true;

    public string? CallbackPrefix => RemovalDesk.Prefix;

    public IEnumerable<BotCommand> Menu(string language) => [];

    public Task OnCommandAsync(Command command, CancellationToken ct) => Task.CompletedTask;

    public async Task OnCallbackAsync(CallbackQuery query, CancellationToken ct)
    {
        var t = desk.TextsFor(query);
        var parts = query.Data![RemovalDesk.Prefix.Length..].Split(':', 2);
        var delete = parts.ElementAtOrDefault(1) == "del";
        if (EditorInput.Id(parts[0]) is not { } id || newsroom.GetRemoval(id) is not { } removal)
        {
            await desk.AnswerAsync(query, t.NoRemoval, ct);
            return;
        }
        var state = delete ? RemovalState.Deleted : RemovalState.Kept;
        if (newsroom.DecideRemoval(id, state, query.From.Id, EditorDesk.NameOf(query.From), desk.Now) is not { } decided)
        {
            await desk.AnswerAsync(query, string.Format(t.AlreadyDecided, newsroom.GetRemoval(id)?.DecidedByName ?? "?"), ct, alert: true);
            return;
        }
        var deleting = 0;
        if (delete && articles.Get(removal.ArticleId) is { } article)
            deleting = retractions.Retract(article, $"its page answers {removal.Reason}; deleted by an editor").Deleting;
        desk.Record(query.From.Id, delete ? "delete" : "keep", $"article {removal.ArticleId} (its page answers {removal.Reason})"
            + (delete ? $": {deleting} channel post(s) deleted" : ""));
        await removals.CloseAsync(decided, x => delete ? string.Format(x.DecidedDeleted, decided.DecidedByName, deleting) : string.Format(x.DecidedKept, decided.DecidedByName), ct);
        await desk.AnswerAsync(query, t.Done, ct);
    }
}
