using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Bot;
using NewsBot.Delivery;
using NewsBot.Scheduling;

namespace NewsBot;

public static partial class Setup
{
    /// <summary>Readers: their commands and buttons, the fan-out of articles to them, and the daily digest sweep.</summary>
    static partial void AddReaders(IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<Responder>();
        services.AddSingleton<IBotFeature, ReaderCommands>();
        services.AddSingleton<IBotFeature, SubscriptionCommands>();
        services.AddSingleton<IBotFeature, NewsCommands>();
        services.AddSingleton<Fanout>();
        services.AddSingleton<DigestSweep>();
        services.AddHostedService<ReaderStartup>();
    }
}
