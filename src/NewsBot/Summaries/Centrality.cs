namespace NewsBot.Summaries;

/// <summary>TextRank: PageRank over the weighted sentence-similarity graph. Pure and deterministic (fixed iterations from a uniform start).</summary>
internal static class Centrality
{
    private const double Damping = 0.85;
    private const int MaxIterations = 50;
    private const double Converged = 1e-6;

    /// <summary>The centrality of each sentence, scaled so that the most central one is 1.</summary>
    public static double[] Of(double[,] similarity)
    {
        var n = similarity.GetLength(0);
        if (n == 0)
            return [];
        var outWeight = new double[n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                outWeight[i] += similarity[i, j];
        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var next = Step(similarity, outWeight, rank);
            var change = next.Zip(rank, (a, b) => Math.Abs(a - b)).Sum();
            rank = next;
            if (change < Converged)
                break;
        }
        var max = rank.Max();
        return max > 0 ? rank.Select(r => r / max).ToArray() : rank;
    }

    private static double[] Step(double[,] similarity, double[] outWeight, double[] rank)
    {
        var n = rank.Length;
        var next = new double[n];
        var dangling = 0.0;
        for (var j = 0; j < n; j++)
        {
            if (outWeight[j] == 0)
                dangling += rank[j];
        }
        for (var i = 0; i < n; i++)
        {
            var sum = dangling / n;
            for (var j = 0; j < n; j++)
            {
                if (outWeight[j] > 0)
                    sum += similarity[j, i] / outWeight[j] * rank[j];
            }
            next[i] = (1 - Damping) / n + Damping * sum;
        }
        return next;
    }
}
