namespace NewsBot.Summaries;

/// <summary>Chooses the sentences of an article that carry the news (extractive, deterministic). Pure.</summary>
/// <remarks>
/// Each news sentence is scored by its position (leads carry the news) and its TextRank centrality over
/// stem-based TF-IDF similarity; sentences are then picked by maximal marginal relevance, so a second
/// sentence that repeats the first loses to one that adds something. The choice is returned in document order.
/// </remarks>
public static class Summarizer
{
    /// <summary>At most this many sentences fill a post (SPEC §3.4: 1–3).</summary>
    public const int MaxPostSentences = 3;

    /// <summary>Only the first sentences compete: news is up front, and long pages stay cheap.</summary>
    private const int MaxCandidates = 40;

    /// <summary>Returns chosen sentences in document order.</summary>
    /// <param name="maxChars">Budget for the joined sentences (joined with single spaces); ignored when <paramref name="sentences"/> is set.</param>
    /// <param name="sentences">A fixed number of sentences (evaluation), instead of fitting the budget.</param>
    public static IReadOnlyList<string> Summarize(IReadOnlyList<string> paragraphs, string? language, int maxChars, int? sentences = null) =>
        Summarize(paragraphs, language, maxChars, sentences, RankWeights.News);

    /// <summary>The same with other ranking weights (the evaluation's plain-TextRank reference).</summary>
    internal static IReadOnlyList<string> Summarize(IReadOnlyList<string> paragraphs, string? language, int maxChars, int? sentences, RankWeights weights)
    {
        var candidates = paragraphs
            .SelectMany(paragraph => SentenceSplitter.Split(paragraph, language))
            .Where(sentence => !SentenceFilter.IsNoise(sentence))
            .Take(MaxCandidates)
            .ToList();
        if (candidates.Count == 0)
            return [];
        var order = SentenceRanker.Rank(candidates, language, weights);
        var chosen = sentences is { } count
            ? order.Take(Math.Max(0, count)).ToList()
            : FitBudget(order, candidates, maxChars);
        chosen.Sort();
        return chosen.Select(i => candidates[i]).ToList();
    }

    /// <summary>The best-ranked sentences that fit together, up to three; the lead alone when none fits (the composer cuts it at a word).</summary>
    private static List<int> FitBudget(IReadOnlyList<int> order, List<string> candidates, int maxChars)
    {
        var chosen = new List<int>();
        var length = -1;
        foreach (var index in order)
        {
            var joined = length + 1 + candidates[index].Length;
            if (joined > maxChars)
                continue;
            chosen.Add(index);
            length = joined;
            if (chosen.Count == MaxPostSentences)
                break;
        }
        if (chosen.Count == 0)
            chosen.Add(0);
        return chosen;
    }
}
