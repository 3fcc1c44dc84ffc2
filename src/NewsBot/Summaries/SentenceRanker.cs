namespace NewsBot.Summaries;

/// <summary>Orders a document's sentences from most to least worth publishing: position + centrality, then redundancy removal (MMR). Pure.</summary>
internal static class SentenceRanker
{
    /// <summary>Share of position in a sentence's score; the rest is centrality.</summary>
    private const double PositionWeight = 0.6;

    /// <summary>How fast the position prior decays: 1 / (1 + index)^Decay, so the lead counts most.</summary>
    private const double Decay = 1.0;

    /// <summary>MMR trade-off: 1 is pure score, 0 pure novelty.</summary>
    private const double Lambda = 0.7;

    /// <summary>A sentence this similar to one already picked is a repeat: it only follows all the others.</summary>
    private const double Repeat = 0.5;

    /// <summary>Score factor for a sentence that does not end like one (a heading, a cut-off fragment).</summary>
    private const double Unfinished = 0.5;

    /// <summary>Indexes into <paramref name="sentences"/>, best first.</summary>
    public static IReadOnlyList<int> Rank(IReadOnlyList<string> sentences, string? language)
    {
        var graph = SentenceGraph.Build(sentences, language);
        var centrality = Centrality.Of(graph.Similarity);
        var scores = new double[sentences.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            var position = 1.0 / Math.Pow(1 + i, Decay);
            scores[i] = PositionWeight * position + (1 - PositionWeight) * centrality[i];
            if (!LooksFinished(sentences[i]))
                scores[i] *= Unfinished;
        }
        return MaximalMarginalRelevance(scores, graph.Similarity);
    }

    /// <summary>Greedy MMR: each next pick maximises λ·score − (1−λ)·(highest similarity to what is already picked), repeats last; ties go to the earlier sentence.</summary>
    private static List<int> MaximalMarginalRelevance(double[] scores, double[,] similarity)
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
                var value = Lambda * scores[i] - (1 - Lambda) * redundancy[i] - (redundancy[i] > Repeat ? 1 : 0);
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
