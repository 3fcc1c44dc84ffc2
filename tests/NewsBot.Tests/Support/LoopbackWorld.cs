namespace NewsBot.Tests.Support;

/// <summary>The outside world of a whole-service test: a fake Bot API, a fake news site and a fresh database path, all removed afterwards.</summary>
public abstract class LoopbackWorld : IAsyncLifetime
{
    protected string DbPath { get; } = Path.Combine(Directory.CreateTempSubdirectory("newsbot-world-").FullName, "news.db");

    protected FakeBotApi Api { get; private set; } = null!;

    protected FakeSite Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Api = await FakeBotApi.StartAsync();
        Site = await FakeSite.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        await Site.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(DbPath)!, recursive: true);
    }
}
