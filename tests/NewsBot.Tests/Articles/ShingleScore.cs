using System.Text.RegularExpressions;

namespace NewsBot.Tests.Articles;

/// <summary>Shingle precision/recall as in eval/score.py: lowercase word tokens, 4-token shingles counted as multisets.</summary>
public sealed partial record ShingleScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    [GeneratedRegex(@"[\p{L}\p{N}_]+")]
    private static partial Regex Word();

    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision is { } p && Recall is { } r && p + r > 0 ? 2 * p * r / (p + r) : 0;

    /// <summary>Compares extracted text with the expected text of one page.</summary>
    public static ShingleScore Of(string expected, string got)
    {
        var e = Shingles(expected);
        var g = Shingles(got);
        var tp = e.Sum(kv => Math.Min(kv.Value, g.GetValueOrDefault(kv.Key)));
        return new ShingleScore(tp, g.Values.Sum() - tp, e.Values.Sum() - tp);
    }

    /// <summary>Mean precision (over pages with output), mean recall (over all pages) and the F1 of the two means.</summary>
    public static (double Precision, double Recall, double F1) Mean(IReadOnlyList<ShingleScore> pages)
    {
        var precisions = pages.Select(p => p.Precision).OfType<double>().ToList();
        var recalls = pages.Select(p => p.Recall ?? 0).ToList();
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    /// <summary>The multiset of 4-token shingles (a text of 1 to 3 tokens is one shingle).</summary>
    public static Dictionary<string, int> Shingles(string text, int n = 4)
    {
        var tokens = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
            return shingles;
        var count = Math.Max(1, tokens.Count - n + 1);
        for (var i = 0; i < count; i++)
        {
            var key = string.Join(' ', tokens.Skip(i).Take(n));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }
}
