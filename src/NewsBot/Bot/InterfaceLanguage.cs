using NewsBot.Storage;

namespace NewsBot.Bot;

/// <summary>Which interface language ("en" or "uk") a chat is answered in: the reader's /lang choice, else Telegram's language_code.</summary>
public sealed class InterfaceLanguage(NewsStore store)
{
    public string For(long chatId, string? languageCode)
    {
        var reader = store.GetReader(chatId);
        return reader?.Language ?? FromCode(languageCode ?? reader?.TelegramLanguage);
    }

    /// <summary>Ukrainian for Ukrainian (and Russian) Telegram clients, English otherwise.</summary>
    public static string FromCode(string? languageCode) =>
        languageCode is not null && (languageCode.StartsWith("uk", StringComparison.OrdinalIgnoreCase) || languageCode.StartsWith("ru", StringComparison.OrdinalIgnoreCase))
            ? "uk" : "en";
}
