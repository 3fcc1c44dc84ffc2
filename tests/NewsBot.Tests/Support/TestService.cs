using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Storage;

namespace NewsBot.Tests.Support;

/// <summary>The real service, built by the production composition root, pointed at a fake Bot API and a fake site.</summary>
public sealed class TestService : IAsyncDisposable
{
    private TestService(WebApplication host, CollectingLogs logs)
    {
        Host = host;
        Logs = logs;
    }

    public WebApplication Host { get; }

    /// <summary>Where the web endpoints listen (a free loopback port), e.g. http://127.0.0.1:5123/.</summary>
    public Uri WebUrl => new(Host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");

    public CollectingLogs Logs { get; }

    public LiteStore Store => Host.Services.GetRequiredService<LiteStore>();

    /// <summary>Settings every test shares: the fake's URL and token, private addresses allowed, short long-polls, web endpoints on a free port.</summary>
    public static Dictionary<string, string?> Settings(FakeBotApi api, string dbPath, params string[] feedUrls)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = api.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["Telegram:Channels:0"] = "@newsroom",
            ["Telegram:PollTimeout"] = "1",
            ["Telegram:MessagesPerMinutePerGroup"] = "600",
            ["Storage:Path"] = dbPath,
            ["Network:AllowPrivateAddresses"] = "true",
            ["Web:Urls"] = "http://127.0.0.1:0",
        };
        for (var i = 0; i < feedUrls.Length; i++)
        {
            settings[$"Feeds:{i}:Url"] = feedUrls[i];
            settings[$"Feeds:{i}:PollInterval"] = "00:00:01";
        }
        return settings;
    }

    /// <summary>Builds the host exactly as Program does (AddNewsBot, MapNewsBot), then starts it as Setup.RunAsync does.</summary>
    public static async Task<TestService> StartAsync(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [], EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new CollectingLogs();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddNewsBot(builder.Configuration);
        var host = builder.Build();
        host.MapNewsBot();
        try
        {
            await Setup.StartAsync(host, CancellationToken.None);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return new TestService(host, logs);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Host.StopAsync(timeout.Token);
        await Host.DisposeAsync();
    }
}
