using System.Collections.Concurrent;
using NewsBot.Storage;

namespace NewsBot.Commands;

/// <summary>Which interface language ("en" or "uk") a chat is answered in: the reader's /lang choice, else Telegram's language_code
/// (the one this message carries, else the one the user wrote with last, else the one stored with the reader).</summary>
public sealed class InterfaceLanguage(IReaders readers)
{
    private readonly ConcurrentDictionary<long, string> _lastCodes = new();

    public string For(long chatId, string? languageCode)
    {
        if (languageCode is not null) _lastCodes[chatId] = languageCode;
        var reader = readers.Get(chatId);
        return reader?.Language ?? ReaderRecord.LanguageOf(languageCode ?? _lastCodes.GetValueOrDefault(chatId) ?? reader?.TelegramLanguage);
    }

    /// <summary>The language of a chat the bot writes to on its own (an editor's notice or draft).</summary>
    public string For(long chatId) => For(chatId, null);
}
