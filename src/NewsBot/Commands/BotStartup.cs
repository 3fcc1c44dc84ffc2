using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace NewsBot.Commands;

/// <summary>Runs before the host starts: checks the token with getMe, then registers the command menus (setMyCommands): everyone's in en and uk, and each editor's own.</summary>
public sealed class BotStartup(ITelegramBotClient bot, BotIdentity identity, BotMenu menu, IOptions<TelegramOptions> telegram, ILogger<BotStartup> log)
{
    public async Task StartAsync(CancellationToken ct)
    {
        await identity.CheckAsync(ct);
        try
        {
            await bot.SetMyCommands(menu.Commands("en", forEditor: false), cancellationToken: ct);
            await bot.SetMyCommands(menu.Commands("uk", forEditor: false), languageCode: "uk", cancellationToken: ct);
            foreach (var editor in telegram.Value.Editors)
            {
                await bot.SetMyCommands(menu.Commands("en", forEditor: true), BotCommandScope.Chat(editor), cancellationToken: ct);
                await bot.SetMyCommands(menu.Commands("uk", forEditor: true), BotCommandScope.Chat(editor), "uk", ct);
            }
        }
        catch (RequestException e)
        {
            log.LogWarning("setMyCommands failed ({Error}); the command menu stays as it was", e.Message);
        }
    }
}
