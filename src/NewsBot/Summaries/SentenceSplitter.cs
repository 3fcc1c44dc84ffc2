namespace NewsBot.Summaries;

/// <summary>Splits text into sentences, aware of abbreviations, initials and decimals per language. Pure.</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string text, string? language) => throw new NotImplementedException();
}
