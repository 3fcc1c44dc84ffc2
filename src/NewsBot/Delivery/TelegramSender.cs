using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;
using NewsBot.Posts;

namespace NewsBot.Delivery;

/// <summary>The only class that sends posts through the Bot API, and edits, deletes, pins and unpins them; every answer comes back
/// classified as a <see cref="SendOutcome"/>.</summary>
public sealed class TelegramSender(ITelegramBotClient bot, bool paidBroadcast, ILogger<TelegramSender> log)
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Sends a post to a chat (and forum topic); a photo Telegram cannot fetch is sent as a text post instead.</summary>
    public async Task<SendOutcome> SendAsync(string chat, Post post, CancellationToken ct, int? topic = null)
    {
        var outcome = await CallAsync(async t => new SendOutcome.Sent((await SendOnceAsync(ChatIdOf(chat), post, topic, t)).MessageId, post.PhotoUrl), null, ct);
        if (outcome is SendOutcome.Rejected rejected && post.PhotoUrl is not null && IsPhotoProblem(rejected.Error))
        {
            log.LogWarning("Photo {PhotoUrl} was refused for {ChatId} ({Error}); sending the post as text", post.PhotoUrl, chat, rejected.Error);
            outcome = await SendAsync(chat, post with { PhotoUrl = null }, ct, topic);
        }
        return outcome;
    }

    private Task<Message> SendOnceAsync(ChatId chat, Post post, int? topic, CancellationToken ct) => post.PhotoUrl is { } photo
        ? bot.SendPhoto(chat, InputFile.FromUri(new Uri(photo)), caption: post.Html, parseMode: ParseMode.Html, replyMarkup: Button(post),
            messageThreadId: topic, disableNotification: post.Silent, allowPaidBroadcast: paidBroadcast, cancellationToken: ct)
        : bot.SendMessage(chat, post.Html, ParseMode.Html, replyMarkup: Button(post), linkPreviewOptions: Preview(post),
            messageThreadId: topic, disableNotification: post.Silent, allowPaidBroadcast: paidBroadcast, cancellationToken: ct);

    /// <summary>Makes a sent message show a corrected post, in place (SPEC §2 Publishing:OnUpdate): its text, its caption, or its photo
    /// and caption (<see cref="EditMethods"/>). "message is not modified" means it shows it already, which counts as done. A new photo
    /// Telegram cannot fetch leaves the old one, with the new caption.</summary>
    public async Task<SendOutcome> EditAsync(string chat, int messageId, string? shownPhoto, Post post, CancellationToken ct)
    {
        var method = EditMethods.For(shownPhoto, post.PhotoUrl);
        var outcome = await EditOnceAsync(chat, messageId, method, post, EditMethods.PhotoAfter(shownPhoto, post.PhotoUrl, method), ct);
        if (outcome is SendOutcome.Rejected photo && method == EditMethod.Media && IsPhotoProblem(photo.Error))
        {
            log.LogWarning("Photo {PhotoUrl} was refused for message {MessageId} in {ChatId} ({Error}); only its words are edited", post.PhotoUrl, messageId, chat, photo.Error);
            method = shownPhoto is null ? EditMethod.Text : EditMethod.Caption;
            outcome = await EditOnceAsync(chat, messageId, method, post, shownPhoto, ct);
        }
        // A message sent before NewsBot kept what it shows may be a text where a photo was expected, or the other way round.
        if (outcome is SendOutcome.Rejected wrong && method != EditMethod.Media && IsWrongKind(wrong.Error))
            outcome = method == EditMethod.Text
                ? await EditOnceAsync(chat, messageId, EditMethod.Caption, post, post.PhotoUrl, ct)
                : await EditOnceAsync(chat, messageId, EditMethod.Text, post, null, ct);
        return outcome;
    }

    private Task<SendOutcome> EditOnceAsync(string chat, int messageId, EditMethod method, Post post, string? photoAfter, CancellationToken ct) =>
        CallAsync(async t =>
        {
            var id = ChatIdOf(chat);
            var message = method switch
            {
                EditMethod.Text => await bot.EditMessageText(id, messageId, post.Html, ParseMode.Html, replyMarkup: Button(post), linkPreviewOptions: Preview(post), cancellationToken: t),
                EditMethod.Caption => await bot.EditMessageCaption(id, messageId, post.Html, ParseMode.Html, replyMarkup: Button(post), cancellationToken: t),
                _ => await bot.EditMessageMedia(id, messageId, new InputMediaPhoto(InputFile.FromUri(new Uri(post.PhotoUrl!))) { Caption = post.Html, ParseMode = ParseMode.Html },
                    replyMarkup: Button(post), cancellationToken: t),
            };
            return new SendOutcome.Sent(message.MessageId, photoAfter);
        }, e => e.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase) ? new SendOutcome.Sent(messageId, photoAfter) : null, ct);

    /// <summary>Deletes a message the bot sent (a retraction); one already gone counts as deleted.</summary>
    public Task<SendOutcome> DeleteAsync(string chat, int messageId, CancellationToken ct) =>
        CallAsync(async t =>
        {
            await bot.DeleteMessage(ChatIdOf(chat), messageId, t);
            return new SendOutcome.Sent(messageId);
        }, e => e.Message.Contains("message to delete not found", StringComparison.OrdinalIgnoreCase) ? new SendOutcome.Sent(messageId) : null, ct);

    /// <summary>Pins a breaking post in its chat, without a second notification (the post itself rang).</summary>
    public Task<SendOutcome> PinAsync(string chat, int messageId, CancellationToken ct) =>
        CallAsync(async t =>
        {
            await bot.PinChatMessage(ChatIdOf(chat), messageId, disableNotification: true, cancellationToken: t);
            return new SendOutcome.Sent(messageId);
        }, null, ct);

    /// <summary>Unpins a message; one no longer there (deleted) counts as unpinned.</summary>
    public Task<SendOutcome> UnpinAsync(string chat, int messageId, CancellationToken ct) =>
        CallAsync(async t =>
        {
            await bot.UnpinChatMessage(ChatIdOf(chat), messageId, cancellationToken: t);
            return new SendOutcome.Sent(messageId);
        }, e => e.Message.Contains("not found", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("not pinned", StringComparison.OrdinalIgnoreCase)
            ? new SendOutcome.Sent(messageId) : null, ct);

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

    /// <summary>One Bot API call under the request timeout, its answer classified; <paramref name="already"/> turns an error that means
    /// "it is so already" into success.</summary>
    private static async Task<SendOutcome> CallAsync(Func<CancellationToken, Task<SendOutcome>> call, Func<ApiRequestException, SendOutcome?>? already, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            return await call(timeout.Token);
        }
        catch (ApiRequestException e)
        {
            return already?.Invoke(e) ?? Classify(e);
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

    private static InlineKeyboardMarkup? Button(Post post) =>
        post is { ButtonText: { } label, ButtonUrl: { } url } ? new InlineKeyboardMarkup(InlineKeyboardButton.WithUrl(label, url)) : null;

    /// <summary>No preview, unless the target wants the article's (its link is in the button, not the text, so it is named).</summary>
    private static LinkPreviewOptions Preview(Post post) =>
        post.PreviewUrl is { } url ? new LinkPreviewOptions { Url = url } : new LinkPreviewOptions { IsDisabled = true };

    private static bool IsPhotoProblem(string error) =>
        error.Contains("photo", StringComparison.OrdinalIgnoreCase) || error.Contains("HTTP URL", StringComparison.OrdinalIgnoreCase)
        || error.Contains("web page content", StringComparison.OrdinalIgnoreCase) || error.Contains("file", StringComparison.OrdinalIgnoreCase);

    private static bool IsWrongKind(string error) =>
        error.Contains("no text in the message", StringComparison.OrdinalIgnoreCase) || error.Contains("no caption in the message", StringComparison.OrdinalIgnoreCase);
}
