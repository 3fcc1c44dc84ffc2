using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Bot;

/// <summary>Answers one update: commands in private chats, or in groups when addressed to the bot.</summary>
public sealed class CommandRouter(ITelegramBotClient bot, BotIdentity identity, ILogger<CommandRouter> log)
{
    public async Task HandleAsync(Update update, CancellationToken ct)
    {
        if (update.Message is not { Text: { } text } message) return;
        if (ParseCommand(text, message.Chat.Type, identity.Username) is not { } command) return;
        var texts = Replies.For(message.From?.LanguageCode);
        var reply = command switch
        {
            "start" => texts.Welcome + "\n\n" + texts.Help,
            "help" => texts.Help,
            _ => texts.Unknown,
        };
        log.LogDebug("Command /{Command} from chat {ChatId}", command, message.Chat.Id);
        await bot.SendMessage(message.Chat.Id, reply, cancellationToken: ct);
    }

    /// <summary>The command name, lower case, or null when the text is no command for this bot.</summary>
    public static string? ParseCommand(string text, ChatType chatType, string? botUsername)
    {
        if (!text.StartsWith('/') || text.Length < 2) return null;
        var word = text[1..].Split([' ', '\n', '\t'], 2)[0];
        var at = word.IndexOf('@');
        if (at >= 0)
        {
            var target = word[(at + 1)..];
            if (botUsername is null || !target.Equals(botUsername, StringComparison.OrdinalIgnoreCase)) return null;
            word = word[..at];
        }
        else if (chatType is not ChatType.Private) return null;
        return word.Length is > 0 and <= 32 ? word.ToLowerInvariant() : null;
    }
}
