using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Storage;

namespace NewsBot.Tests.Support;

/// <summary>The real service, built by the production composition root, pointed at a fake Bot API and a fake site.</summary>
public sealed class TestService : IAsyncDisposable
{
    private TestService(IHost host, CollectingLogs logs)
    {
        Host = host;
        Logs = logs;
    }

    public IHost Host { get; }

    public CollectingLogs Logs { get; }

    public LiteStore Store => Host.Services.GetRequiredService<LiteStore>();

    /// <summary>Settings every test shares: the fake's URL and token, private addresses allowed, short long-polls.</summary>
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
        };
        for (var i = 0; i < feedUrls.Length; i++)
        {
            settings[$"Feeds:{i}:Url"] = feedUrls[i];
            settings[$"Feeds:{i}:PollInterval"] = "00:00:01";
        }
        return settings;
    }

    /// <summary>Builds the host exactly as Program does (AddNewsBot), then starts it as Setup.RunAsync does.</summary>
    public static async Task<TestService> StartAsync(IDictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [], EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new CollectingLogs();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddNewsBot(builder.Configuration);
        var host = builder.Build();
        try
        {
            await Setup.StartAsync(host, CancellationToken.None);
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return new TestService(host, logs);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Host.StopAsync(timeout.Token);
        Host.Dispose();
    }
}
