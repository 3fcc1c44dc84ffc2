using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Bot;
using NewsBot.Editorial;

namespace NewsBot;

public static partial class Setup
{
    /// <summary>Editors' commands and buttons, drafts, scheduled posts and added sources; the hosted start-up runs before Quartz's.</summary>
    static partial void AddEditorial(IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<EditorDesk>();
        services.AddSingleton<UrlStories>();
        services.AddSingleton<DraftDesk>();
        services.AddSingleton<PostScheduler>();
        services.AddSingleton<SourceFeeds>();
        services.AddSingleton<IBotFeature, PostCommands>();
        services.AddSingleton<IBotFeature, ScheduleCommands>();
        services.AddSingleton<IBotFeature, SourceCommands>();
        services.AddSingleton<IBotFeature, DeskCommands>();
        services.AddSingleton<IBotFeature, DraftButtons>();
        services.AddHostedService<EditorialStartup>();
    }
}
