using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Commands;

/// <summary>Long-polls getUpdates with a stored offset and hands each update to the router; one bad update never stalls the loop.</summary>
public sealed class UpdateReceiver(
    ITelegramBotClient bot,
    CommandRouter router,
    ISettings settings,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<UpdateReceiver> log) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        var offset = (int)settings.Get(ISettings.UpdatesOffset);
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates(offset, 100, options.Value.PollTimeout, Wanted, stop);
                failures = 0;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (RequestException e)
            {
                failures++;
                var wait = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures), 60));
                log.LogWarning("getUpdates failed ({Error}); next try in {Wait}", e.InnerException?.Message ?? e.Message, wait);
                await Task.Delay(wait, time, stop).ContinueWith(_ => { }, TaskScheduler.Default);
                continue;
            }
            foreach (var update in updates)
            {
                await HandleOneAsync(update, stop);
                offset = update.Id + 1;
            }
            if (updates.Length > 0) settings.Save(ISettings.UpdatesOffset, offset);
        }
    }

    private async Task HandleOneAsync(Update update, CancellationToken stop)
    {
        try
        {
            await router.HandleAsync(update, stop);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            log.LogError(e, "Update {UpdateId} could not be handled; it is skipped", update.Id);
        }
    }
}
