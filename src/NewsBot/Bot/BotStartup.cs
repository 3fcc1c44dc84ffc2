using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace NewsBot.Bot;

/// <summary>Runs before the host starts: checks the token with getMe, then registers the command menu (setMyCommands, en and uk).</summary>
public sealed class BotStartup(ITelegramBotClient bot, BotIdentity identity, ILogger<BotStartup> log)
{
    public async Task StartAsync(CancellationToken ct)
    {
        await identity.CheckAsync(ct);
        try
        {
            await bot.SetMyCommands(Menu(Replies.En), cancellationToken: ct);
            await bot.SetMyCommands(Menu(Replies.Uk), languageCode: "uk", cancellationToken: ct);
        }
        catch (RequestException e)
        {
            log.LogWarning("setMyCommands failed ({Error}); the command menu stays as it was", e.Message);
        }
    }

    private static IEnumerable<BotCommand> Menu(Replies.Texts texts) =>
        texts.Menu.Select(m => new BotCommand { Command = m.Command, Description = m.Description });
}
