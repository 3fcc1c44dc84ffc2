namespace NewsBot.Summaries;

/// <summary>TF-IDF vectors of a document's sentences over stems and the cosine similarity between every pair. Pure.</summary>
internal sealed class SentenceGraph
{
    private SentenceGraph(double[,] similarity) => Similarity = similarity;

    /// <summary>Cosine similarity of sentences i and j (0 on the diagonal).</summary>
    public double[,] Similarity { get; }

    public static SentenceGraph Build(IReadOnlyList<string> sentences, string? language)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = sentences.Select(s => CountTerms(Terms.Of(s, language), vocabulary)).ToArray();
        var documentFrequency = new int[vocabulary.Count];
        foreach (var termCounts in counts)
            foreach (var term in termCounts.Keys)
                documentFrequency[term]++;
        var vectors = counts.Select(c => Weigh(c, documentFrequency, sentences.Count)).ToArray();
        return new SentenceGraph(Pairwise(vectors));
    }

    private static Dictionary<int, int> CountTerms(List<string> stems, Dictionary<string, int> vocabulary)
    {
        var counts = new Dictionary<int, int>();
        foreach (var stem in stems)
        {
            if (!vocabulary.TryGetValue(stem, out var id))
                vocabulary[stem] = id = vocabulary.Count;
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }
        return counts;
    }

    /// <summary>Unit-length TF-IDF vector sorted by term id (idf = ln(1 + N/df), so a term in every sentence still counts a little).</summary>
    private static (int, double)[] Weigh(Dictionary<int, int> counts, int[] documentFrequency, int sentences)
    {
        var vector = counts
            .Select(pair => (pair.Key, pair.Value * Math.Log(1.0 + (double)sentences / documentFrequency[pair.Key])))
            .OrderBy(pair => pair.Key)
            .ToArray();
        var norm = Math.Sqrt(vector.Sum(pair => pair.Item2 * pair.Item2));
        for (var i = 0; i < vector.Length; i++)
            vector[i].Item2 /= norm;
        return vector;
    }

    private static double[,] Pairwise((int Term, double Weight)[][] vectors)
    {
        var similarity = new double[vectors.Length, vectors.Length];
        for (var i = 0; i < vectors.Length; i++)
        {
            for (var j = i + 1; j < vectors.Length; j++)
                similarity[i, j] = similarity[j, i] = Cosine(vectors[i], vectors[j]);
        }
        return similarity;
    }

    private static double Cosine((int Term, double Weight)[] a, (int Term, double Weight)[] b)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i].Term == b[j].Term)
                sum += a[i++].Weight * b[j++].Weight;
            else if (a[i].Term < b[j].Term)
                i++;
            else
                j++;
        }
        return sum;
    }
}
