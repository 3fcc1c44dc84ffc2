namespace NewsBot.Articles;

/// <summary>Placeholder until the text branch lands.</summary>
public static class LanguageDetector
{
    public static string? Detect(string text) => throw new NotImplementedException(text);
}
