namespace NewsBot.Summaries;

/// <summary>Splits text into sentences, aware of abbreviations, initials and decimals per language. Pure.</summary>
public static class SentenceSplitter
{
    private const string Terminators = ".!?…";
    private const string Closers = "»”’\"')]";
    private const string Openers = "«“„‘\"'([—–-";

    /// <summary>The sentences of <paramref name="text"/>, trimmed; a line break always ends a sentence.</summary>
    public static IReadOnlyList<string> Split(string text, string? language)
    {
        var sentences = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
            return sentences;
        var abbreviations = Abbreviations.For(language);
        foreach (var line in text.Split('\n'))
            SplitLine(line.Trim(), abbreviations, sentences);
        return sentences;
    }

    private static void SplitLine(string line, HashSet<string> abbreviations, List<string> sentences)
    {
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (!Terminators.Contains(line[i]))
                continue;
            var end = i;
            while (end + 1 < line.Length && (Terminators.Contains(line[end + 1]) || Closers.Contains(line[end + 1])))
                end++;
            if (end + 1 < line.Length && !char.IsWhiteSpace(line[end + 1]))
            {
                i = end;
                continue;
            }
            if (EndsSentence(line, start, i, end, abbreviations))
            {
                Add(line[start..(end + 1)], sentences);
                start = end + 1;
            }
            i = end;
        }
        Add(line[start..], sentences);
    }

    private static bool EndsSentence(string line, int start, int mark, int end, HashSet<string> abbreviations)
    {
        var next = NextWordStart(line, end + 1);
        if (next < 0)
            return true;
        if (char.IsLower(line[next]))
            return false;
        if (line[mark] != '.' || (end > mark && Terminators.Contains(line[mark + 1])))
            return true;
        var word = WordBefore(line, start, mark);
        return !IsAbbreviation(word, abbreviations);
    }

    private static int NextWordStart(string line, int from)
    {
        for (var i = from; i < line.Length; i++)
        {
            if (!char.IsWhiteSpace(line[i]) && !Openers.Contains(line[i]))
                return i;
        }
        return -1;
    }

    /// <summary>The token before the dot at <paramref name="mark"/>, with "т. зв"-style pairs joined ("т.зв").</summary>
    private static string WordBefore(string line, int start, int mark)
    {
        var from = mark;
        while (from > start && !char.IsWhiteSpace(line[from - 1]) && !Openers.Contains(line[from - 1]))
            from--;
        var word = line[from..mark];
        var before = from - 1;
        while (before > start && char.IsWhiteSpace(line[before]))
            before--;
        if (before > start + 1 && line[before] == '.' && char.IsLetter(line[before - 1]) && (before - 2 < start || char.IsWhiteSpace(line[before - 2])))
            return line[before - 1] + "." + word;
        return word;
    }

    private static bool IsAbbreviation(string word, HashSet<string> abbreviations)
    {
        if (word.Length == 0)
            return false;
        if (word.Length == 1 && char.IsLetter(word[0]))
            return true;
        var lower = word.ToLowerInvariant();
        if (abbreviations.Contains(lower) || abbreviations.Contains(lower[(lower.IndexOf('.') + 1)..]))
            return true;
        return lower.Contains('.') && lower.Split('.').All(part => part.Length == 1 && char.IsLetter(part[0]));
    }

    private static void Add(string sentence, List<string> sentences)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
            sentences.Add(trimmed);
    }
}
