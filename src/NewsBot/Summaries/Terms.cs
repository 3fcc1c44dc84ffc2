namespace NewsBot.Summaries;

/// <summary>Turns a sentence into content-word stems: lower case, "ё" as "е", stop words dropped, inflections cut ("stemming-lite"). Pure.</summary>
/// <remarks>
/// Slavic words inflect at the end, so a stem is the word without its longest known ending, then at most
/// <see cref="MaxStem"/> letters: "зеленського", "зеленському" and "зеленський" meet at "зеленськ".
/// English gets the same treatment with its few endings. No dictionary, no allocation beyond the stems.
/// </remarks>
internal static class Terms
{
    private const int MinStem = 3;
    private const int MaxStem = 7;

    private static readonly string[] SlavicEndings = LongestFirst(
    [
        "ями", "ами", "ого", "ему", "ому", "ими", "ыми", "ій", "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "их", "ых",
        "ів", "ов", "ев", "ам", "ям", "ах", "ях", "ом", "ем", "ою", "ею", "ую", "юю", "ться", "ть", "ти", "ла", "ли", "ло",
        "ся", "сь", "а", "я", "о", "е", "є", "у", "ю", "і", "и", "ы", "ь", "й",
    ]);

    private static readonly string[] EnglishEndings = LongestFirst(["ings", "ing", "edly", "ed", "ies", "es", "s", "ly", "e"]);

    private static string[] LongestFirst(string[] endings) => [.. endings.OrderByDescending(e => e.Length)];

    /// <summary>The stems of the content words of <paramref name="sentence"/>, in order (repeats kept).</summary>
    public static List<string> Of(string sentence, string? language)
    {
        var stems = new List<string>();
        var stopWords = StopWords.For(language);
        var start = -1;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var isWord = i < sentence.Length && char.IsLetterOrDigit(sentence[i]);
            if (isWord && start < 0)
                start = i;
            else if (!isWord && start >= 0)
            {
                AddStem(sentence.AsSpan(start, i - start), stopWords, stems);
                start = -1;
            }
        }
        return stems;
    }

    private static void AddStem(ReadOnlySpan<char> word, HashSet<string> stopWords, List<string> stems)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        var length = word[..lower.Length].ToLowerInvariant(lower);
        lower = lower[..length];
        lower.Replace('ё', 'е');
        if (lower.Length < 2 && !char.IsDigit(lower[0]))
            return;
        var text = new string(lower);
        if (stopWords.Contains(text))
            return;
        stems.Add(Stem(text));
    }

    /// <summary>The word without its longest known ending (keeping at least three letters), cut to seven letters.</summary>
    public static string Stem(string word)
    {
        if (char.IsDigit(word[0]))
            return word;
        var endings = word[0] < 'ʀ' ? EnglishEndings : SlavicEndings;
        foreach (var ending in endings)
        {
            if (word.Length - ending.Length >= MinStem && word.EndsWith(ending, StringComparison.Ordinal))
            {
                word = word[..^ending.Length];
                break;
            }
        }
        return word.Length > MaxStem ? word[..MaxStem] : word;
    }
}
