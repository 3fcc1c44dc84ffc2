using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;
using NewsBot.Posts;

namespace NewsBot.Delivery;

/// <summary>The only class that sends (and deletes) posts through the Bot API; every answer comes back classified as a <see cref="SendOutcome"/>.</summary>
public sealed class TelegramSender(ITelegramBotClient bot, bool paidBroadcast, ILogger<TelegramSender> log)
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    public async Task<SendOutcome> SendAsync(string chat, Post post, CancellationToken ct)
    {
        var outcome = await TrySendAsync(chat, post, ct);
        if (outcome is SendOutcome.Rejected rejected && post.PhotoUrl is not null && IsPhotoProblem(rejected.Error))
        {
            log.LogWarning("Photo {PhotoUrl} was refused for {ChatId} ({Error}); sending the post as text", post.PhotoUrl, chat, rejected.Error);
            outcome = await TrySendAsync(chat, post with { PhotoUrl = null }, ct);
        }
        return outcome;
    }

    private async Task<SendOutcome> TrySendAsync(string chat, Post post, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            var message = await SendOnceAsync(ChatIdOf(chat), post, timeout.Token);
            return new SendOutcome.Sent(message.MessageId);
        }
        catch (ApiRequestException e)
        {
            return Classify(e);
        }
        catch (RequestException e)
        {
            return new SendOutcome.Transient(e.InnerException?.Message ?? e.Message);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new SendOutcome.Transient($"no answer within {RequestTimeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            return new SendOutcome.Transient(e.Message);
        }
    }

    private Task<Message> SendOnceAsync(ChatId chat, Post post, CancellationToken ct)
    {
        var button = post is { ButtonText: { } label, ButtonUrl: { } url } ? new InlineKeyboardMarkup(InlineKeyboardButton.WithUrl(label, url)) : null;
        return post.PhotoUrl is { } photo
            ? bot.SendPhoto(chat, InputFile.FromUri(new Uri(photo)), caption: post.Html, parseMode: ParseMode.Html,
                replyMarkup: button, disableNotification: post.Silent, allowPaidBroadcast: paidBroadcast, cancellationToken: ct)
            : bot.SendMessage(chat, post.Html, ParseMode.Html, replyMarkup: button,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, disableNotification: post.Silent,
                allowPaidBroadcast: paidBroadcast, cancellationToken: ct);
    }

    /// <summary>Deletes a message the bot sent (a retraction); false when Telegram refused or did not answer.</summary>
    public async Task<bool> DeleteAsync(string chat, int messageId, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            await bot.DeleteMessage(ChatIdOf(chat), messageId, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is RequestException or HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            log.LogWarning("Message {MessageId} in {ChatId} could not be deleted: {Error}", messageId, chat, e.Message);
            return false;
        }
    }

    /// <summary>Asks whether a chat takes the bot (getChat): null when it does, else Telegram's reason.</summary>
    public async Task<string?> ProbeAsync(string chat, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            await bot.GetChat(ChatIdOf(chat), timeout.Token);
            return null;
        }
        catch (Exception e) when (e is RequestException or HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return e.Message;
        }
    }

    public static SendOutcome Classify(ApiRequestException e)
    {
        if (e.Parameters?.MigrateToChatId is { } newId) return new SendOutcome.Migrated(newId);
        if (e.ErrorCode == 401) return new SendOutcome.Unauthorized($"{e.ErrorCode} {e.Message}");
        if (e.ErrorCode == 429) return new SendOutcome.Flooded(TimeSpan.FromSeconds(Math.Max(e.Parameters?.RetryAfter ?? 5, 1)));
        if (e.ErrorCode == 403 || e.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase))
            return new SendOutcome.ChatGone(e.Message);
        if (e.ErrorCode >= 500 || e.ErrorCode is 0 or 408 or 409 or 420) return new SendOutcome.Transient($"{e.ErrorCode} {e.Message}");
        return new SendOutcome.Rejected($"{e.ErrorCode} {e.Message}");
    }

    public static ChatId ChatIdOf(string chat) => long.TryParse(chat, out var id) ? new ChatId(id) : new ChatId(chat);

    private static bool IsPhotoProblem(string error) =>
        error.Contains("photo", StringComparison.OrdinalIgnoreCase) || error.Contains("HTTP URL", StringComparison.OrdinalIgnoreCase)
        || error.Contains("web page content", StringComparison.OrdinalIgnoreCase) || error.Contains("file", StringComparison.OrdinalIgnoreCase);
}
