using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot;
using NewsBot.Delivery;
using NewsBot.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Editorial;

/// <summary>What every editor command and button shares: the editor check (others are refused and logged), the audit log,
/// replies in the editor's language, notices to all editors and times shown in Publishing:TimeZone.</summary>
public sealed class EditorDesk(
    ITelegramBotClient bot,
    BotMenu menu,
    InterfaceLanguage languages,
    NewsStore store,
    OutboxSignal outbox,
    ChannelGate gate,
    IOptions<TelegramOptions> telegram,
    TimeProvider time,
    ILogger<EditorDesk> log)
{
    private readonly ConcurrentDictionary<long, string> _languages = new();

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public TimeZoneInfo Zone => gate.Zone;

    public IReadOnlyList<long> Editors => telegram.Value.Editors;

    /// <summary>The editor's texts when the sender is an editor; otherwise a polite refusal is sent, the attempt logged, and null returned.</summary>
    public async Task<EditorReplies.Texts?> AdmitAsync(Command command, CancellationToken ct)
    {
        var texts = TextsFor(command.UserId ?? 0, command.ChatId, command.LanguageCode);
        if (menu.IsEditor(command.UserId)) return texts;
        Refused(command.UserId ?? 0, "/" + command.Name);
        await bot.SendMessage(command.ChatId, texts.NotEditor, cancellationToken: ct);
        return null;
    }

    /// <summary>As <see cref="AdmitAsync(Command, CancellationToken)"/> for a button: a non-editor gets the refusal as the button's answer.</summary>
    public async Task<EditorReplies.Texts?> AdmitAsync(CallbackQuery query, CancellationToken ct)
    {
        var texts = TextsFor(query.From.Id, query.From.Id, query.From.LanguageCode);
        if (menu.IsEditor(query.From.Id)) return texts;
        Refused(query.From.Id, "button " + query.Data);
        await bot.AnswerCallbackQuery(query.Id, texts.NotEditorButton, showAlert: true, cancellationToken: ct);
        return null;
    }

    /// <summary>Writes an editor's action to the audit log.</summary>
    public void Record(long userId, string action, string detail)
    {
        store.Audit(new AuditRecord { At = Now, UserId = userId, Action = action, Detail = detail, Allowed = true });
        log.LogInformation("Editor {UserId}: {Action} {Detail}", userId, action, detail);
    }

    public Task ReplyAsync(Command command, string text, CancellationToken ct) =>
        bot.SendMessage(command.ChatId, text, linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: ct);

    public Task ReplyHtmlAsync(long chatId, string html, InlineKeyboardMarkup? buttons, CancellationToken ct) =>
        bot.SendMessage(chatId, html, ParseMode.Html, replyMarkup: buttons, linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: ct);

    public Task AnswerAsync(CallbackQuery query, string? text, CancellationToken ct) =>
        bot.AnswerCallbackQuery(query.Id, text, cancellationToken: ct);

    /// <summary>Queues an HTML notice to every editor through the outbox, once per <paramref name="key"/>.</summary>
    public void Notify(string key, Func<EditorReplies.Texts, string> html)
    {
        var messages = Editors.Select(e => ($"{key}:{e}", new DeliveryTarget(e.ToString(CultureInfo.InvariantCulture), ChatKind.Private, 1), html(TextsFor(e))));
        if (store.AddMessages(messages, Now) > 0) outbox.Pulse();
    }

    /// <summary>An editor's texts in the language they last wrote in (English until then).</summary>
    public EditorReplies.Texts TextsFor(long editorId) => EditorReplies.For(_languages.GetValueOrDefault(editorId, "en"));

    /// <summary>A UTC instant as the editors read it: "2026-03-29 04:30" in Publishing:TimeZone.</summary>
    public string Show(DateTime utc) => WhenParser.ToLocal(utc, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A display name for "decided by": @username, else the first name.</summary>
    public static string NameOf(User user) => user.Username is { } u ? "@" + u : user.FirstName;

    private EditorReplies.Texts TextsFor(long userId, long chatId, string? languageCode)
    {
        var language = languages.For(chatId, languageCode);
        if (userId != 0) _languages[userId] = language;
        return EditorReplies.For(language);
    }

    private void Refused(long userId, string what)
    {
        store.Audit(new AuditRecord { At = Now, UserId = userId, Action = what, Detail = "refused: not an editor", Allowed = false });
        log.LogWarning("User {UserId} is not an editor; {Attempt} was refused", userId, what);
    }
}
