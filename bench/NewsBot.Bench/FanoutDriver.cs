using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Bench;

/// <summary>
/// Fan-out of one article to N readers through the whole service against the fake Bot API.
/// `fanout N RATE`: the fake answers 429 above RATE/s and the bot is set to Telegram:MessagesPerSecond RATE (paid broadcast above 30);
/// RATE 0 lifts every limit (the pacer's too) to see what the bot alone sustains. The service runs with its web host, and /metrics is
/// scraped every 15 s during the fan-out, as Prometheus would.
/// </summary>
public static class FanoutDriver
{
    public static async Task RunAsync(string[] args)
    {
        var readers = args.Length > 0 ? int.Parse(args[0]) : 100_000;
        var rate = args.Length > 1 ? int.Parse(args[1]) : 1000;
        await using var api = await FakeBotApi.StartAsync();
        if (rate > 30) api.PaidBroadcastPerSecond = rate;
        else if (rate > 0) api.MessagesPerSecond = rate;
        var dir = Directory.CreateTempSubdirectory("newsbot-fanout-").FullName;
        var settings = TestService.Settings(api, Path.Combine(dir, "news.db"));
        settings["Telegram:MessagesPerSecond"] = Math.Max(rate, 1000).ToString();
        if (rate > 0) settings["Telegram:MessagesPerSecond"] = rate.ToString();

        var clock = Stopwatch.StartNew();
        using (var store = new LiteStore(settings["Storage:Path"]!))
            for (var i = 0; i < readers; i++) store.Readers.Start(1_000_000 + i, false, "en", DateTime.UtcNow);
        Console.WriteLine($"seeded {readers} readers in {clock.Elapsed.TotalSeconds:0.0}s");

        using var host = Build(settings, liftPacer: rate == 0);
        await NewsBot.Setup.StartAsync(host, CancellationToken.None);
        var service = host.Services.GetRequiredService<LiteStore>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        var now = DateTime.UtcNow;
        service.AddPublished(new ArticleRecord
        {
            Key = "bench", Url = "https://news.example/bench", Title = "Bench", Section = "Politics", State = ArticleState.Published,
            FoundAt = now, PublishedAt = now, PostHtml = "<b>Parliament passes the budget</b>\n\nThe budget raises spending on schools.", PostButtonText = "Read more",
        }, [], now);
        var queued = clock.Elapsed;
        using var scraping = new CancellationTokenSource();
        var scrapes = ScrapeAsync(host, scraping.Token);
        await api.WaitForSentAsync(readers, TimeSpan.FromHours(2));
        var elapsed = clock.Elapsed;
        await scraping.CancelAsync();
        var scraped = await scrapes;
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var sends = api.CallsTo("sendMessage").Count;
        Console.WriteLine($"readers={readers} fakeLimit={(rate == 0 ? "none" : rate + "/s")} publish={queued.TotalMilliseconds:0}ms elapsed={elapsed.TotalSeconds:0.0}s " +
            $"rate={readers / elapsed.TotalSeconds:0}/s ({(rate == 0 ? 0 : 100.0 * readers / elapsed.TotalSeconds / rate):0.0}% of limit) requests={sends} " +
            $"429s={api.TooManyRequestsCount} ({100.0 * api.TooManyRequestsCount / sends:0.00}%) distinct={api.Sent.Select(s => s.ChatId).Distinct().Count()} " +
            $"cpu(bot+fake)={used.TotalSeconds:0.0}s scrapes={scraped.Count} slowestScrape={(scraped.Count == 0 ? 0 : scraped.Max()):0}ms");
        await host.StopAsync();
        Directory.Delete(dir, recursive: true);
    }

    /// <summary>/metrics every 15 s until cancelled; the milliseconds each scrape took.</summary>
    private static async Task<List<double>> ScrapeAsync(IHost host, CancellationToken stop)
    {
        var url = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/metrics");
        using var http = new HttpClient();
        var times = new List<double>();
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(15), stop);
                var clock = Stopwatch.StartNew();
                await http.GetStringAsync(url, stop);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        catch (OperationCanceledException) { }
        return times;
    }

    /// <summary>The service as Program builds it (web host included), quieter, with the pacer lifted when asked.</summary>
    internal static WebApplication Build(Dictionary<string, string?> settings, bool liftPacer)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Bench", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddProvider(new QueryTimes()).AddFilter<QueryTimes>(typeof(NewsBot.Bot.NewsCommands).FullName, LogLevel.Debug);
        builder.Services.AddNewsBot(builder.Configuration);
        if (liftPacer) builder.Services.AddSingleton(sp => new Pacer(TimeProvider.System, new PacerLimits(0, 0, TimeSpan.Zero)));
        var app = builder.Build();
        app.MapNewsBot();
        return app;
    }
}

/// <summary>Collects the milliseconds of NewsCommands' "answered in" debug lines for the latest driver.</summary>
internal sealed class QueryTimes : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Collector();

    public void Dispose() { }

    private sealed class Collector : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values && values.FirstOrDefault(v => v.Key == "Elapsed").Value is double ms)
                LatestDriver.Queries.Add(ms);
        }
    }
}
