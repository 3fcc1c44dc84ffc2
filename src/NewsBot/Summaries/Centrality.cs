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
        var (transition, dangling) = Transitions(similarity);
        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var next = Step(transition, dangling, rank);
            var change = next.Zip(rank, (a, b) => Math.Abs(a - b)).Sum();
            rank = next;
            if (change < Converged)
                break;
        }
        var max = rank.Max();
        return max > 0 ? rank.Select(r => r / max).ToArray() : rank;
    }

    /// <summary>transition[i][j]: the share of sentence j's similarity that flows to i; dangling: sentences similar to none.</summary>
    private static (double[][] Transition, bool[] Dangling) Transitions(double[,] similarity)
    {
        var n = similarity.GetLength(0);
        var transition = new double[n][];
        var outWeight = new double[n];
        for (var j = 0; j < n; j++)
            for (var i = 0; i < n; i++)
                outWeight[j] += similarity[j, i];
        for (var i = 0; i < n; i++)
        {
            transition[i] = new double[n];
            for (var j = 0; j < n; j++)
                transition[i][j] = outWeight[j] > 0 ? similarity[j, i] / outWeight[j] : 0;
        }
        return (transition, outWeight.Select(w => w == 0).ToArray());
    }

    private static double[] Step(double[][] transition, bool[] dangling, double[] rank)
    {
        var n = rank.Length;
        var lost = 0.0;
        for (var j = 0; j < n; j++)
        {
            if (dangling[j])
                lost += rank[j];
        }
        var next = new double[n];
        for (var i = 0; i < n; i++)
        {
            var row = transition[i];
            var sum = lost / n;
            for (var j = 0; j < n; j++)
                sum += row[j] * rank[j];
            next[i] = (1 - Damping) / n + Damping * sum;
        }
        return next;
    }
}
