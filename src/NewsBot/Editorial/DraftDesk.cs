using Microsoft.Extensions.Logging;
using NewsBot.Articles;
using NewsBot.Posts;
using NewsBot.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Story = NewsBot.Articles.Story;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Editorial;

/// <summary>Drafts on the editors' screens: an Approval feed's new article goes to every editor, a /preview to its editor,
/// each copy with Approve (Publish) / Schedule / Skip (Discard) buttons; copies are edited once someone decides.</summary>
public sealed class DraftDesk(ITelegramBotClient bot, NewsStore store, EditorDesk desk, ILogger<DraftDesk> log)
{
    public const string Prefix = "ed:d:";
    public static readonly string[] TimeChoices = ["+30m", "+1h", "+3h", "tomorrow 09:00"];

    /// <summary>An Approval feed's new article: marked seen (so it is drafted once), stored as a draft and sent to every editor.</summary>
    public async Task OfferAsync(string key, Story story, FeedOptions feed, IReadOnlyList<string> channels, CancellationToken ct)
    {
        store.MarkSeen([new ArticleRecord { Key = key, FeedUrl = feed.Url, Url = story.Url, Title = story.Title, FoundAt = desk.Now, State = ArticleState.Seen }]);
        var source = feed.Name ?? store.GetFeedState(feed.Url).Title ?? new Uri(feed.Url).Host;
        var draft = store.AddDraft(new DraftRecord
        {
            Key = key, FeedUrl = feed.Url, Source = source, Channels = [.. channels], Story = StoryRecord.From(story), CreatedAt = desk.Now,
        });
        if (desk.Editors.Count == 0) log.LogWarning("Feed {FeedUrl} needs approval but Telegram:Editors is empty; draft {DraftId} waits", feed.Url, draft.Id);
        await SendAsync(draft, desk.Editors, ct);
    }

    /// <summary>An editor's /preview: a draft only that editor sees.</summary>
    public async Task PreviewAsync(Story story, long editorId, IReadOnlyList<string> channels, CancellationToken ct)
    {
        var draft = store.AddDraft(new DraftRecord
        {
            IsPreview = true, Key = Publisher.KeyFor(story.Url), Channels = [.. channels], Story = StoryRecord.From(story), CreatedAt = desk.Now,
        });
        await SendAsync(draft, [editorId], ct);
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
            try
            {
                await bot.EditMessageText(copy.EditorId, copy.MessageId, html, ParseMode.Html, replyMarkup: new InlineKeyboardMarkup([ReadMore(draft)]),
                    linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: ct);
            }
            catch (RequestException e)
            {
                log.LogWarning("Draft {DraftId}: the copy of editor {EditorId} could not be updated ({Error})", draft.Id, copy.EditorId, e.Message);
            }
        }
    }

    private async Task SendAsync(DraftRecord draft, IEnumerable<long> editors, CancellationToken ct)
    {
        var copies = new List<DraftCopy>();
        foreach (var editor in editors)
        {
            var t = desk.TextsFor(editor);
            try
            {
                var message = await bot.SendMessage(editor, Render(draft, t), ParseMode.Html, replyMarkup: Decisions(draft, t),
                    linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: ct);
                copies.Add(new DraftCopy { EditorId = editor, MessageId = message.MessageId });
            }
            catch (RequestException e)
            {
                log.LogWarning("Draft {DraftId} could not reach editor {EditorId} ({Error})", draft.Id, editor, e.Message);
            }
        }
        draft.Copies = copies;
        store.SaveDraftCopies(draft.Id, copies);
    }

    private static InlineKeyboardButton Button(string label, long id, string action) =>
        InlineKeyboardButton.WithCallbackData(label, $"{Prefix}{id}:{action}");

    private static InlineKeyboardButton[] ReadMore(DraftRecord d)
    {
        var post = Publisher.Compose(d.Story.ToStory());
        return post.ButtonUrl is { } url ? [InlineKeyboardButton.WithUrl(post.ButtonText ?? "Read more", url)] : [];
    }
}
