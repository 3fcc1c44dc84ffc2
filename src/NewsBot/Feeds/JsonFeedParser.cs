using System.Text.Json;

namespace NewsBot.Feeds;

/// <summary>Reads JSON Feed 1.0 and 1.1 (jsonfeed.org). Pure.</summary>
internal static class JsonFeedParser
{
    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = 64,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static ParsedFeed Parse(string text, string encoding, Uri feedUrl)
    {
        using var document = Load(text);
        var feed = document.RootElement;
        if (feed.ValueKind != JsonValueKind.Object || !IsJsonFeed(feed))
            throw new FeedFormatException("JSON, but not a JSON Feed (no jsonfeed.org version and no items).");
        var items = feed.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(i => Item(i, feedUrl)).ToList()
            : [];
        var link = FeedText.Resolve(String(feed, "home_page_url"), null, feedUrl);
        return new ParsedFeed("json", encoding, FeedText.Collapse(String(feed, "title")), link, items);
    }

    private static JsonDocument Load(string text)
    {
        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            throw new FeedFormatException($"Not valid JSON: {e.Message}", e);
        }
    }

    private static bool IsJsonFeed(JsonElement feed) =>
        String(feed, "version")?.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase) == true
        || (feed.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array);

    private static FeedItem Item(JsonElement item, Uri feedUrl)
    {
        var link = FeedText.Resolve(String(item, "url"), null, feedUrl) ?? FeedText.Resolve(String(item, "external_url"), null, feedUrl);
        var summary = FeedText.TextAsHtml(String(item, "summary"))
            ?? FeedText.NullIfBlank(String(item, "content_html"))
            ?? FeedText.TextAsHtml(String(item, "content_text"));
        var published = FeedDates.Parse(String(item, "date_published")) ?? FeedDates.Parse(String(item, "date_modified"));
        var image = FeedText.Resolve(String(item, "image"), null, feedUrl) ?? FeedText.Resolve(String(item, "banner_image"), null, feedUrl);
        var tags = item.TryGetProperty("tags", out var t) && t.ValueKind == JsonValueKind.Array
            ? t.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => FeedText.Collapse(x.GetString())).OfType<string>().Distinct().ToList()
            : [];
        return new FeedItem(Id(item), link, FeedText.Collapse(String(item, "title")), summary, published, image, tags)
        {
            Updated = FeedDates.Parse(String(item, "date_modified")),
        };
    }

    /// <summary>JSON Feed ids are strings, yet some feeds write numbers.</summary>
    private static string? Id(JsonElement item) =>
        item.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number ? id.ToString() : null;

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
