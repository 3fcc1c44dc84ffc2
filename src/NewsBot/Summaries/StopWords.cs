namespace NewsBot.Summaries;

/// <summary>Function words that say nothing about what a sentence is about, per language (lower case).</summary>
internal static class StopWords
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are",
        "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "this", "that", "these", "those", "he",
        "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "him", "them", "us", "not", "no", "will",
        "would", "can", "could", "should", "may", "might", "also", "said", "says", "there", "which", "who", "whom", "what",
        "when", "where", "than", "then", "so", "if", "about", "into", "after", "before", "over", "more", "most", "up", "out",
        "do", "does", "did", "all", "any", "some", "such", "only", "other", "new", "one", "mr", "mrs", "ms",
    };

    private static readonly HashSet<string> Russian = new(StringComparer.Ordinal)
    {
        "и", "в", "во", "не", "что", "он", "на", "я", "с", "со", "как", "а", "то", "все", "она", "так", "его", "но", "да",
        "ты", "к", "у", "же", "вы", "за", "бы", "по", "только", "ее", "мне", "было", "вот", "от", "меня", "еще", "нет", "о",
        "из", "ему", "теперь", "когда", "даже", "ну", "ли", "если", "уже", "или", "ни", "быть", "был", "него", "до", "вас",
        "нибудь", "опять", "уж", "вам", "ведь", "там", "потом", "себя", "ничего", "ей", "может", "они", "тут", "где", "есть",
        "надо", "ней", "для", "мы", "тебя", "их", "чем", "была", "сам", "чтоб", "без", "будто", "чего", "раз", "тоже", "себе",
        "под", "будет", "ж", "тогда", "кто", "этот", "того", "потому", "этого", "какой", "совсем", "ним", "здесь", "этом",
        "один", "почти", "мой", "тем", "чтобы", "нее", "были", "куда", "зачем", "всех", "можно", "при", "об", "также",
        "это", "эти", "этой", "который", "которые", "которая", "которого", "которых", "более", "сказал", "заявил", "словам",
    };

    private static readonly HashSet<string> Ukrainian = new(StringComparer.Ordinal)
    {
        "і", "й", "та", "в", "у", "не", "що", "він", "на", "з", "із", "зі", "як", "а", "то", "все", "вона", "так", "його",
        "але", "до", "від", "за", "по", "о", "про", "для", "при", "без", "під", "над", "між", "це", "цей", "ця", "ці", "цього",
        "той", "та", "ті", "вже", "ще", "або", "чи", "ні", "бути", "був", "була", "було", "були", "буде", "є", "вони", "ми",
        "ви", "я", "їх", "її", "їй", "йому", "які", "який", "яка", "яке", "якого", "яких", "також", "тому", "коли", "де",
        "щоб", "лише", "тільки", "може", "можна", "там", "тут", "себе", "свій", "своє", "своїх", "більш", "більше", "заявив",
        "сказав", "словами", "словам",
    };

    /// <summary>The stop words for <paramref name="language"/>; unknown languages use all three lists.</summary>
    public static HashSet<string> For(string? language) => language switch
    {
        "en" => English,
        "ru" => Russian,
        "uk" => Ukrainian,
        _ => All,
    };

    private static readonly HashSet<string> All = new(English.Concat(Russian).Concat(Ukrainian), StringComparer.Ordinal);
}
