using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace NewsBot.Commands;

/// <summary>The bot's own account, checked at start with getMe: a wrong token stops the service there (fail fast).</summary>
public sealed class BotIdentity(ITelegramBotClient bot, ILogger<BotIdentity> log)
{
    public string? Username { get; private set; }

    /// <exception cref="StartupException">Telegram refused the token.</exception>
    public async Task CheckAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                User me = await bot.GetMe(ct);
                Username = me.Username;
                log.LogInformation("Signed in to Telegram as @{BotUsername} ({BotId})", me.Username, me.Id);
                return;
            }
            catch (ApiRequestException e) when (e.ErrorCode is 401 or 404)
            {
                throw new StartupException($"Telegram rejected the bot token: getMe answered {e.ErrorCode} {e.Message}. Check Telegram:BotToken.");
            }
            catch (RequestException e) when (attempt < 5)
            {
                log.LogWarning("getMe failed ({Error}); attempt {Attempt} of 5", e.InnerException?.Message ?? e.Message, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt * 2), ct);
            }
            catch (RequestException e)
            {
                throw new StartupException($"The Bot API at the configured Telegram:ApiBaseUrl did not answer getMe: {e.InnerException?.Message ?? e.Message}");
            }
        }
    }
}

/// <summary>A problem found at start that stops the service with one clear line.</summary>
public sealed class StartupException(string message) : Exception(message);
