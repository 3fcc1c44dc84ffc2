using System.Diagnostics;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Bench;

/// <summary>Working set of the running service after it has stored N published articles (each with a sent channel delivery).</summary>
public static class MemoryDriver
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 10_000;
        var dir = Directory.CreateTempSubdirectory("newsbot-mem-").FullName;
        var db = Path.Combine(dir, "news.db");
        var clock = Stopwatch.StartNew();
        using (var store = new NewsStore(db))
        {
            var now = DateTime.UtcNow;
            for (var i = 0; i < count; i++)
                store.AddPublished(Article(i, now), [new DeliveryTarget("@newsroom", ChatKind.Group, 0)], now);
            foreach (var d in store.DuePending(now, count)) store.MarkSent(d, (int)d.ArticleId, now);
        }
        var storeTime = clock.Elapsed;

        await using var api = await FakeBotApi.StartAsync();
        await using var site = await FakeSite.StartAsync();
        SampleNews.Publish(site, SampleNews.Article("one"));
        await using var service = await TestService.StartAsync(TestService.Settings(api, db, site.Url("/rss").ToString()));
        await Eventually.TrueAsync(() => service.Store.GetFeedState(site.Url("/rss").ToString()).Primed, "primed");
        await Task.Delay(3000);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"articles={service.Store.CountArticles(ArticleState.Published)} storeTime={storeTime.TotalSeconds:0.0}s " +
            $"dbSize={new FileInfo(db).Length / 1024 / 1024.0:0.0}MB workingSet={process.WorkingSet64 / 1024 / 1024.0:0.0}MB " +
            $"managedHeap={GC.GetTotalMemory(false) / 1024 / 1024.0:0.0}MB (includes the in-process fakes)");
        Directory.Delete(dir, recursive: true);
    }

    private static ArticleRecord Article(int i, DateTime now) => new()
    {
        Key = $"url:https://news.example/{i}", FeedUrl = "https://news.example/rss", Url = $"https://news.example/{i}",
        Title = $"Article number {i} about the budget debate in parliament", Summary = new string('s', 400),
        Language = "en", Section = "Politics", FoundAt = now, PublishedAt = now, State = ArticleState.Published,
        PostHtml = $"<b>Article number {i}</b>\n\n" + new string('s', 400), PostButtonText = "Read more",
    };
}
