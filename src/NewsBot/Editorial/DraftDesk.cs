using Microsoft.Extensions.Logging;
using NewsBot.Posts;
using NewsBot.Publication;
using NewsBot.Storage;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Editorial;

/// <summary>Drafts on the editors' screens: an Approval feed's new article goes to every editor, a /preview to its editor, each copy
/// with Approve (Publish) / Schedule / Skip (Discard) buttons; copies are edited once someone decides.</summary>
public sealed class DraftDesk(INewsroom newsroom, EditorDesk desk, ILogger<DraftDesk> log)
{
    public const string Prefix = "ed:d:";
    public static readonly string[] TimeChoices = ["+30m", "+1h", "+3h", "tomorrow 09:00"];

    /// <summary>Shows a stored draft to its editors and records the copies (the draft is then offered).</summary>
    public async Task OfferAsync(DraftRecord draft, CancellationToken ct)
    {
        var copies = new List<DraftCopy>();
        foreach (var editor in draft.Editors)
        {
            var t = desk.TextsFor(editor);
            if (await desk.Replier.SendAsync(editor, Render(draft, t), Decisions(draft, t), ct) is { } messageId)
                copies.Add(new DraftCopy { EditorId = editor, MessageId = messageId });
            else log.LogWarning("Draft {DraftId} could not reach editor {EditorId}", draft.Id, editor);
        }
        draft.Copies = copies;
        newsroom.SaveDraftCopies(draft.Id, copies);
    }

    /// <summary>The draft as an editor sees it: header, then the post exactly as the channel would get it.</summary>
    public static string Render(DraftRecord draft, EditorReplies.Texts t)
    {
        var header = draft.IsPreview ? t.PreviewHeader : string.Format(t.DraftHeader, TelegramHtml.Escape(draft.Source));
        return $"<i>{header}</i>\n\n{Publisher.Compose(draft.Story.ToStory()).Html}";
    }

    public static InlineKeyboardMarkup Decisions(DraftRecord d, EditorReplies.Texts t) => new(
    [
        [
            Button(d.IsPreview ? t.Publish : t.Approve, d.Id, "ok"), Button(t.Schedule, d.Id, "sc"),
            Button(d.IsPreview ? t.Discard : t.Skip, d.Id, "no"),
        ],
        ReadMore(d),
    ]);

    public static InlineKeyboardMarkup Times(DraftRecord d, EditorReplies.Texts t) => new(
    [
        TimeChoices.Take(3).Select(w => Button(w, d.Id, "w:" + w)).ToArray(),
        [Button(t.Tomorrow9, d.Id, "w:" + TimeChoices[3])],
        [Button(t.Back, d.Id, "bk")],
    ]);

    /// <summary>Edits every copy to the decision (no decision buttons left); a copy that cannot be edited is logged and skipped.</summary>
    public async Task CloseAsync(DraftRecord draft, Func<EditorReplies.Texts, string> verdict, CancellationToken ct)
    {
        foreach (var copy in draft.Copies)
        {
            var t = desk.TextsFor(copy.EditorId);
            var html = Render(draft, t) + "\n\n<b>" + TelegramHtml.Escape(verdict(t)) + "</b>";
            await desk.Replier.EditAsync(copy.EditorId, copy.MessageId, html, new InlineKeyboardMarkup([ReadMore(draft)]), ct);
        }
    }

    private static InlineKeyboardButton Button(string label, long id, string action) =>
        InlineKeyboardButton.WithCallbackData(label, $"{Prefix}{id}:{action}");

    private static InlineKeyboardButton[] ReadMore(DraftRecord d)
    {
        var post = Publisher.Compose(d.Story.ToStory());
        return post.ButtonUrl is { } url ? [InlineKeyboardButton.WithUrl(post.ButtonText ?? "Read more", url)] : [];
    }
}
