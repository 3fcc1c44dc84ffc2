using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Feeds;

/// <summary>What a feed says of an item that a correction changes — title, description, image, Atom updated — as a short hash, so a
/// published article's item can be compared pass after pass without storing it. Whitespace is collapsed: re-wrapped text is no change. Pure.</summary>
public static class ItemFingerprint
{
    public static string Of(FeedItem item)
    {
        var updated = item.Updated?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) ?? "";
        var text = string.Join('\u001f', Collapse(item.Title), Collapse(item.Summary), item.ImageUrl ?? "", updated);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 12);
    }

    private static string Collapse(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
