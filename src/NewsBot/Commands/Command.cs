using Telegram.Bot.Types;

namespace NewsBot.Commands;

/// <summary>A command as the router parsed it: name (lower case, without the slash or @bot), the rest of the text, and the message.</summary>
public sealed record Command(string Name, string Args, Message Message)
{
    public long ChatId => Message.Chat.Id;

    public long? UserId => Message.From?.Id;

    public string? LanguageCode => Message.From?.LanguageCode;

    public bool InGroup => Message.Chat.Type is not Telegram.Bot.Types.Enums.ChatType.Private;
}

/// <summary>One family of bot commands and buttons (readers', editors'); the router hands it what it declares.</summary>
public interface IBotFeature
{
    /// <summary>Command names this feature answers, lower case, without the slash.</summary>
    IReadOnlyCollection<string> Commands { get; }

    /// <summary>True when only Telegram:Editors may run its commands and press its buttons; the router refuses everyone else
    /// (a polite answer, a warning and a refused entry in the audit log) before the feature sees anything.</summary>
    bool EditorsOnly => false;

    /// <summary>The callback_data prefix of this feature's buttons (e.g. "rd:"), or null when it has none.</summary>
    string? CallbackPrefix => null;

    /// <summary>Its entries of the command menu and of /help, in the interface language ("en" or "uk").</summary>
    IEnumerable<BotCommand> Menu(string language);

    Task OnCommandAsync(Command command, CancellationToken ct);

    Task OnCallbackAsync(CallbackQuery query, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The bot's own membership changed in a chat (blocked, kicked, added).</summary>
    Task OnMembershipAsync(ChatMemberUpdated update, CancellationToken ct) => Task.CompletedTask;
}
