using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Posts;

/// <summary>A Telegram message ready to send: HTML body (text or caption), optional photo, optional URL button (an article post has one).</summary>
/// <param name="Html">Telegram HTML; a caption (≤ 1024 visible characters) when <see cref="PhotoUrl"/> is set, else a text (≤ 4096).</param>
/// <param name="Silent">Sent without a notification sound (quiet hours, a silent channel).</param>
/// <param name="PreviewUrl">A text post's link preview shows this page (link_preview_options); null: no preview.</param>
public sealed record Post(string Html, string? PhotoUrl, string? ButtonText, string? ButtonUrl, bool Silent = false, string? PreviewUrl = null)
{
    /// <summary>What a reader sees of the post apart from its photo — text, button, preview — as a short hash: equal fingerprints need no edit.</summary>
    public string Fingerprint
    {
        get
        {
            var seen = string.Join('\u001f', Html, ButtonText ?? "", ButtonUrl ?? "", PreviewUrl ?? "");
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(seen)), 0, 12);
        }
    }
}
