namespace NewsBot.Playground;

/// <summary>An inline keyboard button as the bot sent it (row-major order, rows flattened).</summary>
public sealed record SentButton(int Row, string Text, string? Url, string? CallbackData);

/// <summary>A message (or a later version of it) the fake Bot API accepted.</summary>
/// <param name="ChatId">The chat exactly as the bot addressed it: "@name" or the number.</param>
/// <param name="Method">sendMessage, sendPhoto, editMessageText, editMessageCaption, editMessageMedia or editMessageReplyMarkup.</param>
/// <param name="Text">The HTML/markup as sent, for text messages.</param>
/// <param name="Caption">The caption as sent, for photos.</param>
/// <param name="VisibleText">The text or caption after entity parsing (what a reader sees).</param>
/// <param name="Json">The request parameters as a JSON object.</param>
public sealed record SentMessage(
    string ChatId, int MessageId, string Method, string? Text, string? Caption, string? PhotoUrl, string? ParseMode,
    IReadOnlyList<SentButton> Buttons, string VisibleText, bool PaidBroadcast, DateTimeOffset At, string Json)
{
    /// <summary>Text or caption, whichever the message has.</summary>
    public string Body => Text ?? Caption ?? "";

    /// <summary>The forum topic (message_thread_id) it was sent to, if any.</summary>
    public int? ThreadId { get; init; }

    /// <summary>Sent with disable_notification: no sound.</summary>
    public bool Silent { get; init; }
}

/// <summary>One request that reached the fake Bot API; <see cref="Status"/> and <see cref="Description"/> are filled once answered.</summary>
public sealed class BotCall(string method, string json, DateTimeOffset at)
{
    /// <summary>Canonical method name, e.g. "sendMessage" (Telegram method names are case-insensitive).</summary>
    public string Method { get; } = method;

    /// <summary>All parameters (JSON body, form fields and query string) merged into one JSON object.</summary>
    public string Json { get; } = json;

    public DateTimeOffset At { get; } = at;

    /// <summary>HTTP status answered, or null while still in flight (or hung).</summary>
    public int? Status { get; internal set; }

    /// <summary>The error description answered, if any.</summary>
    public string? Description { get; internal set; }

    public override string ToString() => $"{Method} -> {Status?.ToString() ?? "pending"} {Description} {Json}";
}

/// <summary>An answerCallbackQuery the bot made.</summary>
public sealed record CallbackAnswer(string QueryId, string? Text, bool ShowAlert);

/// <summary>A bot command as registered with setMyCommands.</summary>
public sealed record RegisteredCommand(string Command, string Description);

/// <summary>A Bot API error the fake answers with: HTTP status = error_code, plus optional parameters.</summary>
internal sealed class BotApiError(int status, string description, int? retryAfter = null, long? migrateToChatId = null)
    : Exception(description)
{
    public int Status { get; } = status;
    public string Description { get; } = description;
    public int? RetryAfter { get; } = retryAfter;
    public long? MigrateToChatId { get; } = migrateToChatId;

    public static BotApiError BadRequest(string what) => new(400, "Bad Request: " + what);
}
