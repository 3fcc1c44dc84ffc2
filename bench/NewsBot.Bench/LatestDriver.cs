using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Bench;

/// <summary>
/// `latest N RATE SECONDS`: N stored articles, then /latest, /latest 20, /latest 5 Economy and /search at RATE updates/s from
/// distinct readers; reports how long the bot took from the update's arrival at the fake Bot API to its answer there
/// (getUpdates wake-up, parsing, the LiteDB query, formatting and the sendMessage request).
/// </summary>
public static class LatestDriver
{
    private static readonly string[] Commands = ["/latest", "/latest 20", "/latest 5 Economy", "/search budget debate", "/latest 10 Politics"];

    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 50_000;
        var rate = args.Length > 1 ? int.Parse(args[1]) : 200;
        var seconds = args.Length > 2 ? int.Parse(args[2]) : 10;
        await using var api = await FakeBotApi.StartAsync();
        var dir = Directory.CreateTempSubdirectory("newsbot-latest-").FullName;
        var settings = TestService.Settings(api, Path.Combine(dir, "news.db"));
        settings["Telegram:PollTimeout"] = "50";
        var clock = Stopwatch.StartNew();
        using (var store = new LiteStore(settings["Storage:Path"]!))
        {
            var now = DateTime.UtcNow;
            for (var i = 0; i < count; i++) store.AddPublished(Article(i, now), [], now);
            // Seeded articles reach no reader: their fan-outs end at once.
            while (store.Outbox.NextFanout() is { } fanout) store.Outbox.QueueFanout(fanout, [], fanout.AfterReader, done: true);
        }
        Console.WriteLine($"seeded {count} articles in {clock.Elapsed.TotalSeconds:0.0}s");

        using var host = FanoutDriver.Build(settings, liftPacer: false);
        await NewsBot.Setup.StartAsync(host, CancellationToken.None);
        for (var i = 0; i < 300; i++) api.EnqueueMessage(3_000_000 + i, Commands[i % Commands.Length]);
        await api.WaitForSentAsync(300, TimeSpan.FromMinutes(1));
        await Task.Delay(1000);
        var warm = api.Sent.Count;
        Queries.Clear();
        var asked = new Dictionary<string, DateTimeOffset>();
        var total = rate * seconds;
        clock.Restart();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / (double)rate);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            var chat = 2_000_000 + i;
            asked[chat.ToString()] = DateTimeOffset.UtcNow;
            api.EnqueueMessage(chat, Commands[i % Commands.Length]);
        }
        await api.WaitForSentAsync(warm + total, TimeSpan.FromMinutes(5));
        var sent = clock.Elapsed;
        var times = api.Sent.Where(m => asked.ContainsKey(m.ChatId)).Select(m => (m.At - asked[m.ChatId]).TotalMilliseconds).Order().ToList();
        double P(double q) => times[(int)Math.Min(times.Count - 1, Math.Ceiling(q * times.Count) - 1)];
        Console.WriteLine($"articles={count} updates={total} offered={rate}/s achieved={total / sent.TotalSeconds:0}/s answered={times.Count} " +
            $"update-to-answer p50={P(0.5):0.00}ms p90={P(0.9):0.00}ms p99={P(0.99):0.00}ms max={times[^1]:0.00}ms");
        times = Queries.Order().ToList();
        Console.WriteLine($"query+format (NewsCommands) n={times.Count} p50={P(0.5):0.000}ms p90={P(0.9):0.000}ms p99={P(0.99):0.000}ms max={times[^1]:0.000}ms");
        await host.StopAsync();
        Directory.Delete(dir, recursive: true);
    }

    /// <summary>The bot's own time per /latest or /search, from NewsCommands' debug line.</summary>
    internal static readonly System.Collections.Concurrent.ConcurrentBag<double> Queries = [];

    private static ArticleRecord Article(int i, DateTime now) => new()
    {
        Key = $"url:https://news.example/{i}", FeedUrl = "https://news.example/rss", Url = $"https://news.example/{i}",
        Title = $"Article number {i} about the budget debate in parliament", Summary = "The budget raises spending on schools and hospitals by a tenth.",
        Language = "en", Section = i % 3 == 0 ? "Economy" : "Politics", FoundAt = now, PublishedAt = now.AddSeconds(-i), State = ArticleState.Published,
        PostHtml = $"<b>Article number {i}</b>", PostButtonText = "Read more",
    };
}
