using Microsoft.Extensions.Logging;
using NewsBot.Posts;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Commands;

/// <summary>The one reply sender for readers' and editors' commands and buttons: Telegram HTML, no link previews, and one error
/// policy — a refused or failed answer is logged, never thrown, so one chat's trouble never stalls the update loop.</summary>
public sealed class Replier(ITelegramBotClient bot, ILogger<Replier> log)
{
    /// <summary>Bot API: a message text is at most 4096 characters after entity parsing.</summary>
    public const int TextLimit = 4096;

    /// <summary>Sends Telegram HTML, as several messages when it is over Telegram's 4,096 characters (cut at line breaks, the buttons
    /// under the last); the last message's id, or null when Telegram refused or did not answer.</summary>
    public async Task<int?> SendAsync(long chatId, string html, InlineKeyboardMarkup? buttons, CancellationToken ct)
    {
        try
        {
            var parts = TelegramHtml.Split(html, TextLimit);
            Message? message = null;
            for (var i = 0; i < parts.Count; i++)
                message = await bot.SendMessage(chatId, parts[i], ParseMode.Html, replyMarkup: i == parts.Count - 1 ? buttons : null,
                    linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: ct);
            return message?.MessageId;
        }
        catch (RequestException e)
        {
            log.LogWarning("Answer to chat {ChatId} was refused: {Error}", chatId, e.Message);
            return null;
        }
    }

    /// <summary>Sends plain text (escaped here).</summary>
    public Task<int?> SendTextAsync(long chatId, string text, CancellationToken ct) => SendAsync(chatId, TelegramHtml.Escape(text), null, ct);

    /// <summary>Replaces a message's text and buttons; false when Telegram refused.</summary>
    public async Task<bool> EditAsync(long chatId, int messageId, string html, InlineKeyboardMarkup? buttons, CancellationToken ct)
    {
        try
        {
            await bot.EditMessageText(chatId, messageId, html, ParseMode.Html, replyMarkup: buttons,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: ct);
            return true;
        }
        catch (RequestException e)
        {
            log.LogWarning("Message {MessageId} in {ChatId} could not be updated: {Error}", messageId, chatId, e.Message);
            return false;
        }
    }

    public async Task EditButtonsAsync(Message message, InlineKeyboardMarkup? buttons, CancellationToken ct)
    {
        try
        {
            await bot.EditMessageReplyMarkup(message.Chat.Id, message.MessageId, buttons, cancellationToken: ct);
        }
        catch (RequestException e)
        {
            log.LogDebug("Buttons of message {MessageId} in {ChatId} not changed: {Error}", message.MessageId, message.Chat.Id, e.Message);
        }
    }

    /// <summary>Answers a button press (a toast, or an alert the user must dismiss).</summary>
    public async Task AnswerButtonAsync(CallbackQuery query, string? text, CancellationToken ct, bool alert = false)
    {
        try
        {
            await bot.AnswerCallbackQuery(query.Id, text, showAlert: alert, cancellationToken: ct);
        }
        catch (RequestException e)
        {
            log.LogDebug("Button press {QueryId} not answered: {Error}", query.Id, e.Message);
        }
    }
}
