namespace NewsBot.Posts;

/// <summary>Builds the Telegram post of an article: bold title, summary, "Read more" button. Pure.</summary>
public static class PostComposer
{
    /// <summary>With an image the HTML is a caption (≤ 1024 visible characters), else a text (≤ 4096). The summary is shortened at a sentence, else a word boundary; never the title or link.</summary>
    public static Post Compose(string title, IReadOnlyList<string> summary, string url, string? imageUrl, string? language) =>
        throw new NotImplementedException();
}
