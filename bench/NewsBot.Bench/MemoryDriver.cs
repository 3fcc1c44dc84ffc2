using System.Diagnostics;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Bench;

/// <summary>
/// Working set of the service process (run as operators run it) after it has stored N published articles, each with a sent
/// channel delivery, and R readers (`memory N R`): idle, then again after one request to each web endpoint (/metrics, /healthz, the
/// dashboard); with R > 0 it then publishes one article and measures again after the fan-out to all R.
/// </summary>
public static class MemoryDriver
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 10_000;
        var readers = args.Length > 1 ? int.Parse(args[1]) : 0;
        var dir = Directory.CreateTempSubdirectory("newsbot-mem-").FullName;
        var db = Path.Combine(dir, "news.db");
        var clock = Stopwatch.StartNew();
        using (var store = new LiteStore(db))
        {
            var now = DateTime.UtcNow;
            for (var i = 0; i < count; i++)
                store.AddPublished(Article(i, now), [new DeliveryTarget("@newsroom", ChatKind.Group, Lane.Channel)], now);
            foreach (var d in store.Outbox.Due(now, count)) store.Outbox.MarkSent(d, (int)d.ArticleId, now);
            // Seeded articles reach no reader: their fan-outs end at once.
            while (store.Outbox.NextFanout() is { } fanout) store.Outbox.QueueFanout(fanout, [], fanout.AfterReader, done: true);
            for (var i = 0; i < readers; i++) store.Readers.Start(1_000_000 + i, false, i % 2 == 0 ? "uk" : "en", now);
        }
        var storeTime = clock.Elapsed;

        await using var api = await FakeBotApi.StartAsync();
        await using var site = await FakeSite.StartAsync();
        SampleNews.Publish(site, SampleNews.Article("one"));
        var settings = TestService.Settings(api, db, site.Url("/rss").ToString());
        settings["Telegram:MessagesPerSecond"] = "1000";
        settings["Logging:LogLevel:Default"] = "Warning";
        var web = new Uri($"http://127.0.0.1:{FreePort()}/");
        settings["Web:Urls"] = web.ToString().TrimEnd('/');
        using var service = StartService(settings);
        await Eventually.TrueAsync(() => site.RequestCount("/rss") >= 3, "three polls", TimeSpan.FromMinutes(1));
        await Task.Delay(2000);
        service.Refresh();
        Console.WriteLine($"articles={count} readers={readers} storeTime={storeTime.TotalSeconds:0.0}s dbSize={new FileInfo(db).Length / 1024 / 1024.0:0.0}MB " +
            $"serviceWorkingSet={service.WorkingSet64 / 1024 / 1024.0:0.0}MB servicePeakWorkingSet={service.PeakWorkingSet64 / 1024 / 1024.0:0.0}MB");
        using (var http = new HttpClient())
        {
            foreach (var path in new[] { "metrics", "metrics", "healthz", "" })
            {
                var request = Stopwatch.StartNew();
                using var response = await http.GetAsync(new Uri(web, path));
                var took = request.ElapsedMilliseconds;
                await Task.Delay(2000);
                service.Refresh();
                Console.WriteLine($"after /{path} ({(int)response.StatusCode} in {took} ms): serviceWorkingSet={service.WorkingSet64 / 1024 / 1024.0:0.0}MB");
            }
        }
        // `memory N R idle` stops here, before the fan-out.
        if (readers > 0 && !args.Contains("idle"))
        {
            SampleNews.Publish(site, SampleNews.Article("one"), SampleNews.Article("two"));
            var clock2 = Stopwatch.StartNew();
            await api.WaitForSentAsync(readers + 1, TimeSpan.FromMinutes(30));
            await Task.Delay(3000);
            service.Refresh();
            Console.WriteLine($"fanout to {readers} readers in {clock2.Elapsed.TotalSeconds:0.0}s ({readers / clock2.Elapsed.TotalSeconds:0}/s): " +
                $"serviceWorkingSet={service.WorkingSet64 / 1024 / 1024.0:0.0}MB servicePeakWorkingSet={service.PeakWorkingSet64 / 1024 / 1024.0:0.0}MB");
        }
        service.Kill();
        await service.WaitForExitAsync();
        Directory.Delete(dir, recursive: true);
    }

    /// <summary>Starts the service's own Release build (src/NewsBot/bin/Release) with the settings as environment variables.</summary>
    private static Process StartService(Dictionary<string, string?> settings)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "NewsBot.sln"))) root = root.Parent;
        var folder = Path.Combine(root?.FullName ?? ".", "src", "NewsBot", "bin", "Release", "net10.0");
        if (!File.Exists(Path.Combine(folder, "NewsBot.dll")))
            throw new FileNotFoundException("Build the service first: dotnet build src/NewsBot -c Release", folder);
        var start = new ProcessStartInfo("dotnet", Path.Combine(folder, "NewsBot.dll"))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder,
        };
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        // As the Docker image runs it (see Dockerfile); `memory N R default-gc` leaves the runtime's defaults.
        if (!Environment.GetCommandLineArgs().Contains("default-gc")) start.Environment["DOTNET_GCgen0size"] = "0x400000";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        socket.Start();
        return ((System.Net.IPEndPoint)socket.LocalEndpoint).Port;
    }

    private static ArticleRecord Article(int i, DateTime now) => new()
    {
        Key = $"url:https://news.example/{i}", FeedUrl = "https://news.example/rss", Url = $"https://news.example/{i}",
        Title = $"Article number {i} about the budget debate in parliament", Summary = new string('s', 400),
        Language = "en", Section = "Politics", FoundAt = now, PublishedAt = now, State = ArticleState.Published,
        PostHtml = $"<b>Article number {i}</b>\n\n" + new string('s', 400), PostButtonText = "Read more",
    };
}
