using System.Globalization;

namespace NewsBot.Articles;

/// <summary>Guesses the language of a text from its script, letters and stop-words; null when unsure. Pure.</summary>
public static class LanguageDetector
{
    private static readonly Dictionary<string, HashSet<string>> StopWords = new()
    {
        ["en"] = ["the", "and", "of", "to", "is", "that", "with", "for", "was", "his", "her", "it", "are", "by", "this", "from", "have", "has"],
        ["de"] = ["der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "auf", "ein", "eine", "dem", "auch", "für", "wird"],
        ["fr"] = ["le", "la", "les", "et", "des", "est", "une", "du", "dans", "qui", "pour", "pas", "au", "sur", "avec", "ce", "il"],
        ["es"] = ["el", "los", "las", "y", "del", "que", "una", "por", "con", "para", "es", "se", "su", "al", "lo", "como", "pero"],
        ["pt"] = ["o", "os", "as", "e", "do", "da", "dos", "das", "que", "um", "uma", "em", "não", "com", "para", "no", "na", "ao"],
        ["cs"] = ["a", "je", "se", "na", "že", "to", "v", "s", "ve", "z", "jako", "jsou", "by", "ale", "jeho", "který", "které", "také"],
    };

    /// <summary>Detects the language of <paramref name="text"/> (its first few thousand characters).</summary>
    public static string? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var sample = text.Length > 5000 ? text[..5000] : text;
        var (cyrillic, latin) = CountScripts(sample);
        if (cyrillic > latin && cyrillic >= 10)
            return DetectCyrillic(sample);
        return latin >= 10 ? DetectLatin(sample) : null;
    }

    /// <summary>Turns a tag such as "uk-UA", "pt_BR" or "EN" into a two-letter lower-case code, or null.</summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
            return null;
        var head = tag.Trim().Split('-', '_', ',', ';', ' ')[0].ToLowerInvariant();
        if (head == "ua")
            return "uk";
        return head.Length == 2 && head.All(char.IsAsciiLetterLower) ? head : null;
    }

    private static (int Cyrillic, int Latin) CountScripts(string text)
    {
        int cyrillic = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF')
                cyrillic++;
            else if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u017F')
                latin++;
        }
        return (cyrillic, latin);
    }

    private static string? DetectCyrillic(string text)
    {
        int uk = 0, ru = 0;
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is 'і' or 'ї' or 'є' or 'ґ')
                uk++;
            else if (c is 'ы' or 'э' or 'ё' or 'ъ')
                ru++;
        }
        if (uk == 0 && ru == 0)
            return null;
        return uk >= ru ? "uk" : "ru";
    }

    private static string? DetectLatin(string text)
    {
        var counts = StopWords.Keys.ToDictionary(k => k, _ => 0);
        foreach (var word in Words(text))
            foreach (var (language, words) in StopWords)
                if (words.Contains(word))
                    counts[language]++;
        var best = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
        var second = counts.Where(kv => kv.Key != best.Key).Max(kv => kv.Value);
        return best.Value >= 3 && best.Value > second * 1.2 ? best.Key : null;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
                start = i;
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLower(CultureInfo.InvariantCulture);
                start = -1;
            }
        }
    }
}
