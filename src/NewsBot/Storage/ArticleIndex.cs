using System.Globalization;
using System.Text;

namespace NewsBot.Storage;

/// <summary>
/// Index keys that let LiteDB answer /latest and /search newest-first from an index range walk, without sorting:
/// "term order" where order is the article's publication time inverted, then a hash of its key. Pure.
/// </summary>
public static class ArticleIndex
{
    /// <summary>Shelf of every published article (for /latest without a section).</summary>
    public const string AllShelf = "all";

    /// <summary>Words shorter than this are not indexed or searched (articles, prepositions).</summary>
    private const int ShortestWord = 3;

    /// <summary>Words are cut to this many letters: a crude stem that joins "budget"/"budgets", "бюджет"/"бюджету".</summary>
    private const int StemLength = 6;

    /// <summary>2^40 seconds lies far beyond any publication date; the difference sorts newest first as 10 hex digits.</summary>
    private const long Horizon = 1L << 40;

    public static string SectionShelf(int sectionId) => "s" + sectionId.ToString(CultureInfo.InvariantCulture);

    /// <summary>16 hex digits: inverted publication second, then 6 digits of the article key's hash (a stable tie-break).</summary>
    public static string Order(DateTime publishedAt, string key)
    {
        var seconds = Math.Clamp(new DateTimeOffset(DateTime.SpecifyKind(publishedAt, DateTimeKind.Utc)).ToUnixTimeSeconds(), 0, Horizon - 1);
        return (Horizon - 1 - seconds).ToString("x10", CultureInfo.InvariantCulture) + (Fnv(key) & 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture);
    }

    public static string Entry(string term, string order) => term + " " + order;

    /// <summary>Lower bound of a term's range: its first entry, or (with a cursor) the first entry after it.</summary>
    public static string From(string term, string? after) => after is null ? term + " " : term + " " + after + "!";

    /// <summary>Upper bound of a term's range.</summary>
    public static string To(string term) => term + "~";

    /// <summary>The distinct stems of a text's words, for the search index.</summary>
    public static List<string> Stems(string? text)
    {
        var stems = new List<string>();
        if (string.IsNullOrEmpty(text)) return stems;
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c)) { word.Append(char.ToLowerInvariant(c)); continue; }
            if (word.Length >= ShortestWord)
            {
                var stem = word.Length > StemLength ? word.ToString(0, StemLength) : word.ToString();
                if (!stems.Contains(stem)) stems.Add(stem);
            }
            word.Clear();
        }
        return stems;
    }

    private static uint Fnv(string text)
    {
        var hash = 2166136261;
        foreach (var c in text) hash = (hash ^ c) * 16777619;
        return hash;
    }
}
