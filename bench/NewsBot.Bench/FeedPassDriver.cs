using System.Diagnostics;
using NewsBot.Tests.Support;

namespace NewsBot.Bench;

/// <summary>One feed pass with N new items through the whole service, the fake Bot API enforcing Telegram's 20/min per channel: how long from the poll to the last channel post.</summary>
public static class FeedPassDriver
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 50;
        var perMinute = args.Length > 1 ? int.Parse(args[1]) : 20;
        await using var api = await FakeBotApi.StartAsync();
        await using var site = await FakeSite.StartAsync();
        api.MessagesPerMinutePerGroup = perMinute;
        api.MessagesPerSecond = 30;
        var dir = Directory.CreateTempSubdirectory("newsbot-bench-").FullName;
        var settings = TestService.Settings(api, Path.Combine(dir, "news.db"), site.Url("/rss").ToString());
        settings["Telegram:MessagesPerMinutePerGroup"] = perMinute.ToString();
        SampleNews.Publish(site);
        await using var service = await TestService.StartAsync(settings);
        await Eventually.TrueAsync(() => service.Store.Feeds.Get(site.Url("/rss").ToString()).Primed, "primed");

        var articles = Enumerable.Range(1, count).Select(i => SampleNews.Article($"item{i}")).ToArray();
        var polls = site.RequestCount("/rss");
        SampleNews.Publish(site, articles);
        await Eventually.TrueAsync(() => site.RequestCount("/rss") > polls, "the next poll");
        var clock = Stopwatch.StartNew();
        await api.WaitForSentAsync(count, TimeSpan.FromMinutes(30));
        var elapsed = clock.Elapsed;

        var limitTime = TimeSpan.FromMinutes((count - 1) / (double)perMinute);
        Console.WriteLine($"items={count} perMinute={perMinute} elapsed={elapsed.TotalSeconds:0.0}s limitTime={limitTime.TotalSeconds:0.0}s " +
            $"overhead={(elapsed - limitTime).TotalSeconds:0.0}s sent={api.Sent.Count} distinct={api.Sent.Select(s => s.Text).Distinct().Count()} " +
            $"429s={api.TooManyRequestsCount}");
        Directory.Delete(dir, recursive: true);
    }
}
