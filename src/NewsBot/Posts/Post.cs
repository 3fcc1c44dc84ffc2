namespace NewsBot.Posts;

/// <summary>A Telegram message ready to send: HTML body (text or caption), optional photo, optional URL button (an article post has one).</summary>
/// <param name="Html">Telegram HTML; a caption (≤ 1024 visible characters) when <see cref="PhotoUrl"/> is set, else a text (≤ 4096).</param>
/// <param name="Silent">Sent without a notification sound (quiet hours).</param>
public sealed record Post(string Html, string? PhotoUrl, string? ButtonText, string? ButtonUrl, bool Silent = false);
