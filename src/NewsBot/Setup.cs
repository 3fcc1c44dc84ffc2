using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Articles;
using NewsBot.Bot;
using NewsBot.Commands;
using NewsBot.Delivery;
using NewsBot.Editorial;
using NewsBot.Feeds;
using NewsBot.Ingest;
using NewsBot.Network;
using NewsBot.Playground;
using NewsBot.Publication;
using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.Telemetry;
using NewsBot.Web;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Quartz;
using Telegram.Bot;

namespace NewsBot;

/// <summary>The composition root: every registration of the service, and its options with their start-up checks.</summary>
public static class Setup
{
    public static IServiceCollection AddNewsBot(this IServiceCollection services, IConfiguration config)
    {
        AddOptions<TelegramOptions>(services, TelegramOptions.Section, o => OptionsRules.Check(o).Concat(OptionsRules.CheckAsWritten(config)));
        AddOptions<StorageOptions>(services, StorageOptions.Section, OptionsRules.Check);
        AddOptions<PublishingOptions>(services, PublishingOptions.Section, OptionsRules.Check);
        AddOptions<WebOptions>(services, WebOptions.Section, WebOptions.Check);
        services.AddOptions<NetworkOptions>().BindConfiguration(NetworkOptions.Section);
        services.AddOptions<FeedsOptions>().Configure(o => config.GetSection(FeedsOptions.Section).Bind(o.Items)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedsOptions>>(new RuleValidator<FeedsOptions>(OptionsRules.Check));
        services.AddOptions<RoutingOptions>().Configure(o => config.GetSection(RoutingOptions.Section).Bind(o.Items)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoutingOptions>>(new RuleValidator<RoutingOptions>(OptionsRules.Check));
        services.AddOptions<ChannelSettingsOptions>().Configure(o => config.GetSection(ChannelSettingsOptions.Section).Bind(o.Items)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ChannelSettingsOptions>>(new RuleValidator<ChannelSettingsOptions>(OptionsRules.Check));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PublishingClock>();

        // Storage: one LiteDB engine, a store per entity.
        services.AddSingleton(sp => new LiteStore(Get<StorageOptions>(sp).Path, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredService<LiteStore>().Articles);
        services.AddSingleton(sp => sp.GetRequiredService<LiteStore>().Outbox);
        services.AddSingleton(sp => sp.GetRequiredService<LiteStore>().Readers);
        services.AddSingleton(sp => sp.GetRequiredService<LiteStore>().Newsroom);
        services.AddSingleton(sp => sp.GetRequiredService<LiteStore>().Feeds);
        services.AddSingleton(sp => sp.GetRequiredService<LiteStore>().Settings);

        // The edges: the web and the Bot API.
        services.AddSingleton(sp => new WebFetcher(WebClient(Get<NetworkOptions>(sp).AllowPrivateAddresses, sp.GetService<SampleSite>())));
        services.AddSingleton(sp => new BotApiWatch(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ITelegramBotClient>(sp => TelegramClient(Get<TelegramOptions>(sp), sp.GetRequiredService<BotApiWatch>(), sp.GetService<PlaygroundMode>()?.Api));
        services.AddSingleton<FeedReader>();
        services.AddSingleton<PageReader>();

        // The feed pass (with the edit window's corrections and removals) and the one publication path.
        services.AddSingleton<FeedPoller>();
        services.AddSingleton<Corrections>();
        services.AddSingleton<Removals>();
        services.AddSingleton<StoryReader>();
        services.AddSingleton<Publisher>();
        services.AddSingleton<Retractions>();
        services.AddSingleton<ScheduledPosts>();

        // Delivery: the outbox worker and its fan-out, pacing and the channel gate.
        services.AddSingleton(sp => new Pacer(sp.GetRequiredService<TimeProvider>(), Get<TelegramOptions>(sp).PacerLimits));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<TelegramSender>(sp, Get<TelegramOptions>(sp).PaidBroadcast));
        services.AddSingleton<ChannelGate>();
        services.AddSingleton<ChannelProbe>();
        services.AddSingleton<Fanout>();
        services.AddSingleton<DigestSweep>();

        // The command stack, readers' and editors' features.
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<BotStartup>();
        services.AddSingleton<BotMenu>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<InterfaceLanguage>();
        services.AddSingleton<Replier>();
        services.AddSingleton<ChatAdmins>();
        services.AddSingleton<IBotFeature, ReaderCommands>();
        services.AddSingleton<IBotFeature, SubscriptionCommands>();
        services.AddSingleton<IBotFeature, NewsCommands>();
        services.AddSingleton<EditorDesk>();
        services.AddSingleton<UrlStories>();
        services.AddSingleton<DraftDesk>();
        services.AddSingleton<PostScheduler>();
        services.AddSingleton<IBotFeature, PostCommands>();
        services.AddSingleton<IBotFeature, ScheduleCommands>();
        services.AddSingleton<IBotFeature, SourceCommands>();
        services.AddSingleton<IBotFeature, DeskCommands>();
        services.AddSingleton<IBotFeature, DraftButtons>();
        services.AddSingleton<RemovalDesk>();
        services.AddSingleton<IBotFeature, RemovalButtons>();

        // Quartz: every trigger is registered by Triggers, at start before the scheduler runs.
        services.AddSingleton<Triggers>();
        services.AddHostedService<SchedulingStartup>();
        services.AddQuartz();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<DeliveryWorker>();
        services.AddHostedService<EditorCourier>();
        services.AddHostedService<UpdateReceiver>();

        // The web endpoints (SPEC §5a): /healthz, /metrics, the dashboard.
        services.AddHealthChecks().AddCheck<StorageCheck>("storage").AddCheck<BotApiCheck>("botApi").AddCheck<OutboxCheck>("outbox");
        services.AddOpenTelemetry().ConfigureResource(r => r.AddService("newsbot"))
            .WithMetrics(m => m.AddMeter(NewsMetrics.MeterName).AddPrometheusExporter());
        services.AddSingleton<StoreGauges>();
        services.AddSingleton<Dashboard>();
        if (PlaygroundMode.IsOn(config)) AddPlayground(services);
        return services;
    }

    /// <summary>Playground mode (SPEC §5): the Bot API emulator, a store of its own, the playground's channel and editor, and the
    /// sample site as the feed when none is configured.</summary>
    private static void AddPlayground(IServiceCollection services)
    {
        var folder = PlaygroundMode.NewFolder();
        AddOptions<PlaygroundOptions>(services, PlaygroundOptions.Section, PlaygroundOptions.Check);
        services.AddSingleton(sp => new PlaygroundMode(folder, sp.GetRequiredService<ILogger<PlaygroundMode>>()));
        services.PostConfigure<TelegramOptions>(PlaygroundMode.Configure);
        services.PostConfigure<StorageOptions>(o => o.Path = Path.Combine(folder, "newsbot.db"));
        services.AddSingleton(sp => new SampleSite(sp.GetRequiredService<TimeProvider>(), Get<PlaygroundOptions>(sp).ReleaseEvery));
        services.AddOptions<FeedsOptions>().PostConfigure<IOptions<PlaygroundOptions>>((feeds, playground) =>
        {
            if (feeds.Items.Count > 0) return;
            var every = playground.Value.ReleaseEvery / 4;
            // No Name: each sample story's own section (City, Економіка…) is its section, as with a real site's feed.
            feeds.Items.Add(new FeedOptions { Url = SampleSite.FeedUrl.ToString(), PollInterval = every < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : every });
        });
        services.AddSingleton<PlaygroundChat>();
        services.AddSingleton<PlaygroundView>();
    }

    /// <summary>Maps the web endpoints; they listen on Web:Urls once the service starts.</summary>
    public static WebApplication MapNewsBot(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = Health.WriteAsync });
        app.Services.GetRequiredService<StoreGauges>();
        app.MapPrometheusScrapingEndpoint("/metrics");
        var playground = app.Services.GetService<PlaygroundMode>() is not null;
        app.MapDashboard(playground ? new DashboardLinks("/playground", PlaygroundView.Link) : DashboardLinks.Plain);
        if (playground) app.MapPlayground();
        return app;
    }

    /// <summary>Runs the service; a configuration or start-up problem ends it with one line per problem and exit code 2.</summary>
    public static async Task<int> RunAsync(IHost host)
    {
        try
        {
            await StartAsync(host, CancellationToken.None);
            await host.WaitForShutdownAsync();
            return Failed(host);
        }
        catch (Exception e) when (StartupProblems(e) is { Count: > 0 } problems)
        {
            foreach (var problem in problems) Console.Error.WriteLine($"newsbot: {problem}");
            return 2;
        }
    }

    /// <summary>1 when a background loop (updates, delivery, drafts) ended by failing — e.g. the disk is full — so that a supervisor's
    /// restart-on-failure brings the service back; 0 for a requested stop.</summary>
    private static int Failed(IHost host)
    {
        var failed = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().Where(s => s.ExecuteTask is { IsFaulted: true }).ToList();
        foreach (var service in failed)
            Console.Error.WriteLine($"newsbot: {service.GetType().Name} failed: {service.ExecuteTask!.Exception!.GetBaseException().Message}");
        return failed.Count == 0 ? 0 : 1;
    }

    /// <summary>Checks the options and the bot token, then starts the host; a problem stops it before anything runs.</summary>
    public static async Task StartAsync(IHost host, CancellationToken ct)
    {
        host.Services.GetService<IStartupValidator>()?.Validate();
        Listen(host);
        var playground = host.Services.GetService<PlaygroundMode>();
        if (playground is not null) await playground.StartAsync();
        await host.Services.GetRequiredService<BotStartup>().StartAsync(ct);
        await host.StartAsync(ct);
        NewsMetrics.StartAtZero(Enum.GetNames<Lane>());
        playground?.Announce(host.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
    }

    /// <summary>A web host listens on Web:Urls (a host without a web server, as some tests build, has nothing to bind).</summary>
    private static void Listen(IHost host)
    {
        if (host.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>() is not { } server) return;
        server.Addresses.Clear();
        foreach (var url in Get<WebOptions>(host.Services).UrlList) server.Addresses.Add(url);
    }

    private static List<string> StartupProblems(Exception e) => e switch
    {
        OptionsValidationException o => o.Failures.ToList(),
        AggregateException a => a.InnerExceptions.SelectMany(StartupProblems).ToList(),
        StartupException s => [s.Message],
        IOException io when io.Message.StartsWith("Failed to bind to address", StringComparison.Ordinal) =>
            [$"Web:Urls: {io.Message} Set Web__Urls to a free address, e.g. http://localhost:8081."],
        InvalidOperationException i when i.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) => [i.Message],
        _ => [],
    };

    private static T Get<T>(IServiceProvider sp) where T : class => sp.GetRequiredService<IOptions<T>>().Value;

    private static void AddOptions<T>(IServiceCollection services, string section, Func<T, IEnumerable<string>> rules) where T : class
    {
        services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new RuleValidator<T>(rules));
    }

    /// <summary>The fetcher's client; in playground mode the sample site answers for itself and everything else goes out as usual.</summary>
    private static HttpClient WebClient(bool allowPrivateAddresses, SampleSite? sample)
    {
        HttpMessageHandler handler = WebFetcher.CreateHandler(allowPrivateAddresses);
        if (sample is not null) handler = new SampleSiteHandler(sample) { InnerHandler = handler };
        var client = new HttpClient(handler);
        WebFetcher.ConfigureClient(client);
        return client;
    }

    /// <summary>A plain HttpClient with no logging handler: the token is in every Bot API URL and must never reach a log. In playground
    /// mode it talks to the emulator, with the emulator's token.</summary>
    private static TelegramBotClient TelegramClient(TelegramOptions o, BotApiWatch watch, FakeBotApi? emulator)
    {
        watch.InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        var http = new HttpClient(watch)
        {
            Timeout = TimeSpan.FromSeconds(o.PollTimeout + 30),
        };
        // Our own pacer honours retry_after; the library must not sleep on its own.
        var (token, baseUrl) = emulator is null ? (o.BotToken, o.ApiBaseUrl) : (emulator.Token, emulator.BaseUrl.ToString());
        return new TelegramBotClient(new TelegramBotClientOptions(token, baseUrl) { RetryThreshold = 0, RetryCount = 0 }, http);
    }

    private sealed class RuleValidator<T>(Func<T, IEnumerable<string>> rules) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var failures = rules(options).ToList();
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
