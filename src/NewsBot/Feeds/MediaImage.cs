using System.Xml.Linq;
using static NewsBot.Feeds.FeedNamespaces;

namespace NewsBot.Feeds;

/// <summary>Finds an item's picture in Media RSS (media:content, media:thumbnail, also inside media:group). Pure.</summary>
internal static class MediaImage
{
    private static readonly string[] Extensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"];

    public static string? Find(XElement item, Uri feedUrl)
    {
        var media = item.Elements().Concat(item.Elements(Media + "group").Elements()).ToList();
        var content = media.Where(e => e.Name == Media + "content")
            .Where(e => e.Attribute("medium")?.Value == "image" || IsImage(e.Attribute("type")?.Value, e.Attribute("url")?.Value));
        var thumbnails = media.Where(e => e.Name == Media + "thumbnail");
        return content.Concat(thumbnails)
            .Select(e => FeedText.Resolve(e.Attribute("url")?.Value, e, feedUrl))
            .FirstOrDefault(url => url is not null);
    }

    /// <summary>An image by its MIME type, or by its file extension when no type is given.</summary>
    public static bool IsImage(string? type, string? url)
    {
        if (!string.IsNullOrWhiteSpace(type))
            return type.Trim().StartsWith("image/", StringComparison.OrdinalIgnoreCase);
        var path = url?.Split('?', '#')[0] ?? "";
        return Extensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase));
    }
}
