namespace NewsBot.Summaries;

/// <summary>Chooses the sentences of an article that carry the news (extractive, deterministic). Pure.</summary>
public static class Summarizer
{
    /// <summary>Returns chosen sentences in document order.</summary>
    /// <param name="maxChars">Budget for the joined sentences (joined with single spaces); ignored when <paramref name="sentences"/> is set.</param>
    /// <param name="sentences">A fixed number of sentences (evaluation), instead of fitting the budget.</param>
    public static IReadOnlyList<string> Summarize(IReadOnlyList<string> paragraphs, string? language, int maxChars, int? sentences = null) =>
        throw new NotImplementedException();
}
