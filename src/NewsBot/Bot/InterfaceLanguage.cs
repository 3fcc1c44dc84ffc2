namespace NewsBot.Bot;

/// <summary>Which interface language ("en" or "uk") a chat is answered in.</summary>
public sealed class InterfaceLanguage
{
    /// <summary>Ukrainian for Ukrainian (and Russian) Telegram clients, English otherwise.</summary>
    public string For(long chatId, string? languageCode) =>
        languageCode is not null && (languageCode.StartsWith("uk", StringComparison.OrdinalIgnoreCase) || languageCode.StartsWith("ru", StringComparison.OrdinalIgnoreCase))
            ? "uk" : "en";
}
