namespace NewsBot.Summaries;

/// <summary>An article ready to publish: what the page (or the feed, when the page failed) says, and its summary.</summary>
/// <param name="Text">The extracted main text, paragraphs separated by blank lines.</param>
public sealed record Story(
    string Url,
    string Title,
    IReadOnlyList<string> Summary,
    string Text,
    string? Image,
    string? Language,
    string? Section);
