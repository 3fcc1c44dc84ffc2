namespace NewsBot.Summaries;

/// <summary>Chooses the sentences of an article that carry the news (extractive, deterministic). Pure.</summary>
/// <remarks>A first, honest lead-based summary: the leading news sentences that fit the budget, boilerplate skipped.</remarks>
public static class Summarizer
{
    /// <summary>Returns chosen sentences in document order.</summary>
    /// <param name="maxChars">Budget for the joined sentences (joined with single spaces); ignored when <paramref name="sentences"/> is set.</param>
    /// <param name="sentences">A fixed number of sentences (evaluation), instead of fitting the budget.</param>
    public static IReadOnlyList<string> Summarize(IReadOnlyList<string> paragraphs, string? language, int maxChars, int? sentences = null)
    {
        var candidates = paragraphs
            .SelectMany(paragraph => SentenceSplitter.Split(paragraph, language))
            .Where(sentence => !SentenceFilter.IsNoise(sentence));
        if (sentences is { } count)
            return candidates.Take(Math.Max(0, count)).ToList();
        return FitBudget(candidates, maxChars);
    }

    /// <summary>Leading sentences while they fit; the first one alone when even it is too long (the composer cuts it at a word).</summary>
    private static List<string> FitBudget(IEnumerable<string> candidates, int maxChars)
    {
        var chosen = new List<string>();
        var length = 0;
        foreach (var sentence in candidates)
        {
            var joined = chosen.Count == 0 ? sentence.Length : length + 1 + sentence.Length;
            if (joined > maxChars && chosen.Count > 0)
                break;
            chosen.Add(sentence);
            length = joined;
            if (joined > maxChars)
                break;
        }
        return chosen;
    }
}
