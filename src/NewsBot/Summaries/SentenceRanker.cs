namespace NewsBot.Summaries;

/// <summary>Orders a document's sentences from most to least worth publishing: position + centrality, then redundancy removal (MMR). Pure.</summary>
internal static class SentenceRanker
{
    /// <summary>How fast the position prior decays: 1 / (1 + index)^Decay, so the lead counts most.</summary>
    private const double Decay = 1.0;

    /// <summary>A sentence this similar to one already picked is a repeat: it only follows all the others.</summary>
    private const double Repeat = 0.5;

    /// <summary>Indexes into <paramref name="sentences"/>, best first.</summary>
    public static IReadOnlyList<int> Rank(IReadOnlyList<string> sentences, string? language, RankWeights? weights = null)
    {
        var (positionWeight, lambda, unfinished) = weights ?? RankWeights.News;
        var graph = SentenceGraph.Build(sentences, language);
        var centrality = Centrality.Of(graph.Similarity);
        var scores = new double[sentences.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            var position = 1.0 / Math.Pow(1 + i, Decay);
            scores[i] = positionWeight * position + (1 - positionWeight) * centrality[i];
            if (!LooksFinished(sentences[i]))
                scores[i] *= unfinished;
        }
        return MaximalMarginalRelevance(scores, graph.Similarity, lambda);
    }

    /// <summary>Greedy MMR: each next pick maximises λ·score − (1−λ)·(highest similarity to what is already picked), repeats last; ties go to the earlier sentence.</summary>
    private static List<int> MaximalMarginalRelevance(double[] scores, double[,] similarity, double lambda)
    {
        var order = new List<int>(scores.Length);
        var redundancy = new double[scores.Length];
        var taken = new bool[scores.Length];
        for (var pick = 0; pick < scores.Length; pick++)
        {
            var best = -1;
            var bestValue = double.NegativeInfinity;
            for (var i = 0; i < scores.Length; i++)
            {
                var value = lambda * scores[i] - (1 - lambda) * redundancy[i] - (lambda < 1 && redundancy[i] > Repeat ? 1 : 0);
                if (!taken[i] && value > bestValue)
                    (best, bestValue) = (i, value);
            }
            taken[best] = true;
            order.Add(best);
            for (var i = 0; i < scores.Length; i++)
                redundancy[i] = Math.Max(redundancy[i], similarity[best, i]);
        }
        return order;
    }

    private static bool LooksFinished(string sentence)
    {
        var trimmed = sentence.TrimEnd('»', '”', '"', '’', '\'', ')', ' ');
        return trimmed.Length > 0 && ".!?…".Contains(trimmed[^1]);
    }
}

/// <summary>How a sentence's score is made: share of position (the rest is centrality), MMR trade-off λ (1 = no redundancy removal) and the factor for unfinished sentences.</summary>
internal sealed record RankWeights(double Position, double Lambda, double Unfinished)
{
    /// <summary>The summarizer's weights: the lead counts most, centrality decides among the rest, repeats are avoided.</summary>
    public static readonly RankWeights News = new(0.6, 0.7, 0.5);

    /// <summary>Plain TextRank, the reference the evaluation compares with: centrality alone, no position, no MMR.</summary>
    public static readonly RankWeights TextRank = new(0, 1, 1);
}
