namespace NewsBot.Summaries;

/// <summary>Per-language words that take a full stop without ending a sentence (lower case, without the final dot).</summary>
/// <remarks>
/// Units such as "млн.", "грн.", "тис.", "руб." never precede a capital inside a sentence, so they are left out on purpose:
/// before a lower-case word no dot ends a sentence anyway, and before a capital they do end one ("… 5 млрд грн. Його …").
/// Title-like abbreviations ("вул.", "проф.", "г." before a name) are listed.
/// </remarks>
internal static class Abbreviations
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "st", "prof", "sr", "jr", "vs", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "rev", "lt",
        "col", "sgt", "capt", "mt", "ft", "fig", "approx", "dept", "u.s", "u.k", "u.n", "e.g", "i.e", "cf", "al",
    };

    private static readonly HashSet<string> Ukrainian = new(StringComparer.Ordinal)
    {
        "т.зв", "зв", "вул", "ст", "проф", "акад", "доц", "смт", "обл", "рр", "пл", "просп",
        "буд", "кв", "див", "напр", "ім", "пор", "стор", "р-н",
    };

    private static readonly HashSet<string> Russian = new(StringComparer.Ordinal)
    {
        "т.е", "т.к", "т.н", "т.зв", "гг", "ул", "пр", "стр", "см", "им", "проф", "акад", "доц",
        "ст", "пос", "обл", "напр", "просп", "пер", "корп", "кв", "ок",
    };

    /// <summary>The abbreviations for <paramref name="language"/>; unknown languages use the English rules.</summary>
    public static HashSet<string> For(string? language) => language switch
    {
        "uk" => Ukrainian,
        "ru" => Russian,
        _ => English,
    };
}
