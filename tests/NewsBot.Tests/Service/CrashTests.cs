using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Service;

/// <summary>Tests that run the service as processes of their own run alone: their processes and thousands of sends would
/// otherwise eat the time margins of the tests beside them, and theirs.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServiceProcesses
{
    public const string Name = "Service processes";
}

/// <summary>The service as a process of its own, killed with SIGKILL half-way through a piece of work and started again: what a
/// crash must neither lose nor repeat.</summary>
[Collection(ServiceProcesses.Name)]
public sealed class CrashTests : IAsyncLifetime
{
    private const long Editor = 7001;
    private const long FirstReader = 600_000_001;
    private const int ActiveReaders = 4000;
    private const int StoppedReaders = 500;

    /// <summary>Telegram as it answers before the crash (every send to a reader refused with 429) and after the restart (normally).</summary>
    private FakeBotApi _before = null!;
    private FakeBotApi _after = null!;
    private readonly string _db = Path.Combine(Directory.CreateTempSubdirectory("newsbot-crash-").FullName, "news.db");
    private readonly List<ServiceProcess> _processes = [];

    public async Task InitializeAsync()
    {
        _before = await FakeBotApi.StartAsync();
        _after = await FakeBotApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _processes) process.Dispose();
        await _before.DisposeAsync();
        await _after.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_db)!, recursive: true);
    }

    [Fact]
    public async Task A_kill_while_a_broadcast_is_being_queued_leaves_every_active_reader_with_it_exactly_once_after_restart()
    {
        var (active, stopped) = SeedReaders();
        var text = $"Evening edition {Some.Id()}";

        var first = await StartAsync(_before);
        var confirm = await AskToBroadcastAsync(first, text);
        Assert.StartsWith($"Send this message to {ActiveReaders} active subscriber(s)?", confirm.VisibleText);
        // Nothing reaches a reader before the kill, so whatever arrives after the restart must arrive once: a 429 is not a delivery.
        _before.FailNext(int.MaxValue, 429, "Too Many Requests: retry after 3", retryAfter: 3);
        _before.EnqueueCallback(Editor, Editor, confirm.MessageId, confirm.Buttons.Single(b => b.Text == "Send").CallbackData!);
        // A refused send proves the first chunk is stored; it fills the worker's look-ahead of two 1,000-send batches, so the second
        // chunk waits until the first batch is through: killed now, the fan-out's cursor stands after the first chunk.
        await first.WaitUntilAsync(() => _before.TooManyRequestsCount >= 50, "the first chunk's sends", TimeSpan.FromSeconds(20));
        first.Kill();

        Assert.Empty(ToReaders(_before));
        var (cursor, pending, sent) = FanoutAtTheCrash();
        Assert.True(cursor >= active[Fanout.Chunk - 1] && pending >= Fanout.Chunk && sent == 0,
            $"The kill should land with the first chunk queued, the last not, nothing sent; cursor {cursor?.ToString() ?? "gone (finished)"}, "
            + $"{pending} pending, {sent} sent.\n{first.Output}");

        var second = await StartAsync(_after);
        await second.WaitUntilAsync(() => ToReaders(_after).Count >= ActiveReaders, $"{ActiveReaders} broadcasts", TimeSpan.FromSeconds(90),
            () => Progress(_after));
        // Time for a second copy to show up, were any reader's delivery queued or sent twice.
        await Task.Delay(TimeSpan.FromSeconds(3));
        await second.StopAsync(TimeSpan.FromSeconds(20));

        Assert.All(ToReaders(_after), m => Assert.Equal(text, m.VisibleText));
        var received = ToReaders(_after).GroupBy(m => long.Parse(m.ChatId)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Empty(active.Where(r => received.GetValueOrDefault(r) != 1).Select(r => $"{r}: {received.GetValueOrDefault(r)}"));
        Assert.DoesNotContain(stopped, received.ContainsKey);
        Assert.Equal(ActiveReaders, received.Values.Sum());
        using var store = new LiteStore(_db);
        Assert.Null(store.Outbox.NextFanout());
        Assert.Equal(0, store.Outbox.Count(DeliveryState.Pending));
        Assert.Equal(ActiveReaders, store.Outbox.Count(DeliveryState.Sent));
    }

    /// <summary>The first chunk all active, so its deliveries fill the worker's look-ahead and the next chunk waits for their sends;
    /// then every fifth reader stopped: three chunks in all. Stored before the service starts: LiteDB opens its file exclusively.</summary>
    private (List<long> Active, List<long> Stopped) SeedReaders()
    {
        var (active, stopped) = (new List<long>(), new List<long>());
        var now = DateTime.UtcNow;
        var readers = new List<ReaderRecord>();
        for (var i = 0; i < ActiveReaders + StoppedReaders; i++)
        {
            var stop = i >= Fanout.Chunk && (i - Fanout.Chunk) % 5 == 4;
            var reader = new ReaderRecord { Id = FirstReader + i, Active = !stop, TelegramLanguage = "en", JoinedAt = now, ChangedAt = now };
            if (stop) reader.StopReason = "Forbidden: bot was blocked by the user";
            readers.Add(reader);
            (stop ? stopped : active).Add(reader.Id);
        }
        using var store = new LiteStore(_db);
        store.ReaderRows.InsertBulk(readers);
        return (active, stopped);
    }

    private async Task<ServiceProcess> StartAsync(FakeBotApi api)
    {
        var settings = TestService.Settings(api, _db);
        settings["Telegram:Editors:0"] = Editor.ToString();
        settings["Telegram:MessagesPerSecond"] = "1000";
        var process = ServiceProcess.Start(settings);
        _processes.Add(process);
        await process.WaitUntilAsync(() => api.IsPolling, "the service to poll for updates", TimeSpan.FromSeconds(30));
        return process;
    }

    /// <summary>An editor writes /broadcast; the confirmation with its Send button.</summary>
    private async Task<SentMessage> AskToBroadcastAsync(ServiceProcess service, string text)
    {
        _before.EnqueueMessage(Editor, "/broadcast " + text);
        await service.WaitUntilAsync(() => _before.Sent.Any(m => m.ChatId == Editor.ToString()), "the broadcast's confirmation",
            TimeSpan.FromSeconds(20));
        return _before.Sent.First(m => m.ChatId == Editor.ToString());
    }

    /// <summary>The broadcast's fan-out as the kill left it, read from a copy so the restart recovers the very files the kill left.</summary>
    private (long? Cursor, int Pending, int Sent) FanoutAtTheCrash()
    {
        var copy = Path.Combine(Directory.CreateTempSubdirectory("newsbot-crash-copy-").FullName, "news.db");
        try
        {
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_db)!))
                File.Copy(file, Path.Combine(Path.GetDirectoryName(copy)!, Path.GetFileName(file)));
            using var store = new LiteStore(copy);
            return (store.Outbox.NextFanout()?.AfterReader, store.Outbox.Count(DeliveryState.Pending), store.Outbox.Count(DeliveryState.Sent));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
        }
    }

    /// <summary>Messages the fake accepted for anyone but the editor.</summary>
    private static IReadOnlyList<SentMessage> ToReaders(FakeBotApi api) => api.Sent.Where(m => m.ChatId != Editor.ToString()).ToList();

    private static string Progress(FakeBotApi api) =>
        $"{ToReaders(api).Count} accepted of {api.CallsTo("sendMessage").Count} sendMessage calls; "
        + string.Join(", ", new[] { 400, 403, 429, 502 }.Select(status => $"{api.AnsweredCount(status)} answered {status}"));
}
