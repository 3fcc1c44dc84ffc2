namespace NewsBot.Posts;

/// <summary>Builds the Telegram post of an article: bold title, summary, "Read more" button. Pure.</summary>
public static class PostComposer
{
    /// <summary>Bot API: a photo caption is at most 1024 characters after entity parsing.</summary>
    public const int CaptionLimit = 1024;

    /// <summary>Bot API: a message text is at most 4096 characters after entity parsing.</summary>
    public const int TextLimit = 4096;

    const string Separator = "\n\n";

    /// <summary>Less room than this and a first sentence too long to fit is left out rather than cut to a stub.</summary>
    const int LeastCut = 16;

    /// <summary>With an image the HTML is a caption (≤ 1024 visible characters), else a text (≤ 4096). The summary is shortened at a sentence, else a word boundary; never the title or link.</summary>
    /// <remarks>
    /// Titles and sentences are untrusted plain text: cleaned, whitespace-collapsed, escaped. A title longer than the
    /// whole budget is cut at a word boundary with "…" and posted alone. <paramref name="imageUrl"/> that is not an
    /// absolute http(s) URL is ignored. With neither title nor summary the text is the URL itself.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute http(s) URL.</exception>
    public static Post Compose(string title, IReadOnlyList<string> summary, string url, string? imageUrl, string? language)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (!IsWebUrl(url)) throw new ArgumentException($"Not an absolute http(s) URL: '{url}'.", nameof(url));
        var photo = IsWebUrl(imageUrl) ? imageUrl : null;
        var budget = photo is null ? TextLimit : CaptionLimit;
        var html = Body(title, summary, budget) ?? TelegramHtml.Escape(PlainText.Shorten(url, budget));
        return new Post(html, photo, ButtonText(language), url);
    }

    /// <summary>The "Read more" label in the post's language (uk, ru, else English); accepts tags such as "uk-UA".</summary>
    public static string ButtonText(string? language) => Primary(language) switch
    {
        "uk" => "Читати далі",
        "ru" => "Читать далее",
        _ => "Read more",
    };

    static string? Body(string title, IReadOnlyList<string> summary, int budget)
    {
        var head = PlainText.Shorten(PlainText.Collapse(title), budget);
        var room = head.Length == 0 ? budget : budget - head.Length - Separator.Length;
        var text = Fit(summary.Select(PlainText.Collapse).Where(s => s.Length > 0).ToList(), room);
        if (head.Length == 0) return text.Length == 0 ? null : TelegramHtml.Escape(text);
        return text.Length == 0 ? TelegramHtml.Bold(head) : TelegramHtml.Bold(head) + Separator + TelegramHtml.Escape(text);
    }

    /// <summary>As many leading sentences as fit in <paramref name="room"/>; if not even the first, the first cut at a word.</summary>
    static string Fit(List<string> sentences, int room)
    {
        if (sentences.Count == 0 || room <= 0) return "";
        var length = sentences[0].Length;
        var count = 1;
        while (count < sentences.Count && length + 1 + sentences[count].Length <= room)
            length += 1 + sentences[count++].Length;
        if (length <= room) return string.Join(' ', sentences.Take(count));
        return room < LeastCut ? "" : PlainText.Shorten(sentences[0], room);
    }

    static string Primary(string? language) =>
        (language ?? "").Split('-', '_')[0].Trim().ToLowerInvariant();

    static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
