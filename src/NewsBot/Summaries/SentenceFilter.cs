using System.Text.RegularExpressions;
using NewsBot.Articles;

namespace NewsBot.Summaries;

/// <summary>Sentences a summary must never use: credits, captions, "read also", calls to subscribe, bylines, dates, fragments.</summary>
internal static partial class SentenceFilter
{
    private const int MinWords = 3;

    [GeneratedRegex(@"^\W*(by|author|authors|posted by|written by|reporting by|editing by|text|автор|авторка|автори|авторы|текст|редактор|updated|published|оновлено|опубліковано|обновлено|опубликовано)\b", RegexOptions.IgnoreCase, ShortText.TimeoutMilliseconds)]
    internal static partial Regex Byline();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b", RegexOptions.None, ShortText.TimeoutMilliseconds)]
    internal static partial Regex ClockTime();

    /// <summary>True when <paramref name="sentence"/> is boilerplate or too short to carry news.</summary>
    public static bool IsNoise(string sentence)
    {
        if (BoilerplateText.IsBoilerplate(sentence))
            return true;
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));
        if (words < MinWords)
            return true;
        if (ShortText.Matches(Byline(), sentence) && (words <= 4 || !EndsLikeSentence(sentence)))
            return true;
        if (ShortText.Matches(ClockTime(), sentence) && words <= 6)
            return true;
        var letters = sentence.Count(char.IsLetter);
        return letters < sentence.Length / 2;
    }

    private static bool EndsLikeSentence(string sentence)
    {
        var trimmed = sentence.TrimEnd('»', '”', '"', ')', ' ');
        return trimmed.Length > 0 && ".!?…".Contains(trimmed[^1]);
    }
}
