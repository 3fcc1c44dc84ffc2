using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Bot;

/// <summary>Sends the bot's answers to readers' commands and buttons (HTML, no link previews); a refused answer is logged, never thrown.</summary>
public sealed class Responder(ITelegramBotClient bot, ILogger<Responder> log)
{
    public async Task SendAsync(long chatId, string html, InlineKeyboardMarkup? buttons, CancellationToken ct)
    {
        try
        {
            await bot.SendMessage(chatId, html, ParseMode.Html, replyMarkup: buttons,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: ct);
        }
        catch (ApiRequestException e)
        {
            log.LogWarning("Answer to chat {ChatId} was refused: {Error}", chatId, e.Message);
        }
    }

    public async Task EditButtonsAsync(Message message, InlineKeyboardMarkup? buttons, CancellationToken ct)
    {
        try
        {
            await bot.EditMessageReplyMarkup(message.Chat.Id, message.MessageId, buttons, cancellationToken: ct);
        }
        catch (ApiRequestException e)
        {
            log.LogDebug("Buttons of message {MessageId} in {ChatId} not changed: {Error}", message.MessageId, message.Chat.Id, e.Message);
        }
    }

    public async Task AnswerButtonAsync(CallbackQuery query, string? text, CancellationToken ct)
    {
        try
        {
            await bot.AnswerCallbackQuery(query.Id, text, cancellationToken: ct);
        }
        catch (ApiRequestException e)
        {
            log.LogDebug("Button press {QueryId} not answered: {Error}", query.Id, e.Message);
        }
    }
}
