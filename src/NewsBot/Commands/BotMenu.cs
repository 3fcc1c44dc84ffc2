using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace NewsBot.Commands;

/// <summary>The command menu and /help text, gathered from every feature; editors see editor commands too.</summary>
public sealed class BotMenu(IServiceProvider services, IOptions<TelegramOptions> telegram)
{
    public bool IsEditor(long? userId) => userId is { } id && telegram.Value.Editors.Contains(id);

    public IEnumerable<BotCommand> Commands(string language, bool forEditor) =>
        services.GetServices<IBotFeature>().Where(f => forEditor || !f.EditorsOnly).SelectMany(f => f.Menu(language))
            .Append(new BotCommand { Command = "help", Description = CommandTexts.For(language).HelpMenu })
            .DistinctBy(c => c.Command);

    public string HelpText(string language, long? userId)
    {
        var lines = Commands(language, IsEditor(userId)).Select(c => $"/{c.Command} — {c.Description}");
        return CommandTexts.For(language).HelpHeader + "\n" + string.Join("\n", lines);
    }
}
