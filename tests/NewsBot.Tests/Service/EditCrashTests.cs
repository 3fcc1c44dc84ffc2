using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Service;

/// <summary>A correction's edit pending when the service is killed with SIGKILL goes out once after the restart (issue 10): the service
/// as a process of its own, the same fake Bot API (which holds the channel's messages) and site across the kill.</summary>
[Collection(ServiceProcesses.Name)]
public sealed class EditCrashTests : IAsyncLifetime
{
    private const string Newsroom = "@newsroom";
    private readonly string _db = Path.Combine(Directory.CreateTempSubdirectory("newsbot-editcrash-").FullName, "news.db");
    private readonly List<ServiceProcess> _processes = [];
    private FakeBotApi _api = null!;
    private FakeSite _site = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _site = await FakeSite.StartAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _processes) process.Dispose();
        await _api.DisposeAsync();
        await _site.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_db)!, recursive: true);
    }

    [Fact]
    public async Task An_edit_pending_at_a_kill_9_goes_out_once_after_the_restart()
    {
        var original = SampleNews.Article("kill");
        var corrected = original with
        {
            Title = "Parliament delays the kill budget", Paragraphs = ["Parliament delayed the kill budget on Friday, the speaker said.", .. original.Paragraphs[1..]],
        };
        SampleNews.Publish(_site);
        var first = await StartAsync();
        await first.WaitUntilAsync(() => _site.RequestCount("/rss") >= 2, "the feed is primed", TimeSpan.FromSeconds(30));
        SampleNews.Publish(_site, original);
        await first.WaitUntilAsync(() => _api.Sent.Any(m => m.ChatId == Newsroom), "the channel post", TimeSpan.FromSeconds(30));
        var post = _api.Sent.Single(m => m.ChatId == Newsroom);

        _api.FailNextCalls("editMessageText", int.MaxValue, 502, "Bad Gateway");
        SampleNews.Publish(_site, corrected);
        await first.WaitUntilAsync(() => _api.CallsTo("editMessageText").Any(c => c.Status == 502), "the edit is tried and refused", TimeSpan.FromSeconds(30));
        first.Kill();
        _api.ClearFaults();
        Assert.Empty(_api.Edits);

        var second = await StartAsync();
        await second.WaitUntilAsync(() => _api.Edits.Count > 0, "the stored edit after the restart", TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(3));
        await second.StopAsync(TimeSpan.FromSeconds(20));

        var edit = Assert.Single(_api.Edits);
        Assert.Equal((post.MessageId, "editMessageText"), (edit.MessageId, edit.Method));
        Assert.StartsWith("<b>Parliament delays the kill budget</b>", _api.Current(Newsroom, post.MessageId)!.Text);
        Assert.Single(_api.Sent, m => m.ChatId == Newsroom);
        using var store = new LiteStore(_db);
        var stored = Assert.Single(store.Outbox.OfArticle(store.Articles.Latest(null, null, 5).Single().Id), d => d.Action == DeliveryAction.Edit);
        Assert.Equal(DeliveryState.Sent, stored.State);
        Assert.Equal(0, store.Outbox.Count(DeliveryState.Pending));
    }

    private async Task<ServiceProcess> StartAsync()
    {
        var process = ServiceProcess.Start(TestService.Settings(_api, _db, _site.Url("/rss").ToString()));
        _processes.Add(process);
        await process.WaitUntilAsync(() => _api.IsPolling, "the service to poll for updates", TimeSpan.FromSeconds(30));
        return process;
    }
}
