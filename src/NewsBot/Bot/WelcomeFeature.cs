using Telegram.Bot;
using Telegram.Bot.Types;

namespace NewsBot.Bot;

/// <summary>/start: a welcome and the command list, in the reader's language.</summary>
public sealed class WelcomeFeature(ITelegramBotClient bot, InterfaceLanguage languages, BotMenu menu) : IBotFeature
{
    public IReadOnlyCollection<string> Commands { get; } = ["start"];

    public IEnumerable<BotCommand> Menu(string language, bool forEditor) =>
        [new BotCommand { Command = "start", Description = Replies.For(language).StartMenu }];

    public Task OnCommandAsync(Command command, CancellationToken ct)
    {
        var language = languages.For(command.ChatId, command.LanguageCode);
        var text = Replies.For(language).Welcome + "\n\n" + menu.HelpText(language, command.UserId);
        return bot.SendMessage(command.ChatId, text, cancellationToken: ct);
    }
}
