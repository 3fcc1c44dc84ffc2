using Telegram.Bot;

namespace NewsBot.Tests.Playground;

/// <summary>A fake Bot API and a real Telegram.Bot client pointed at it, for the fake's own tests.</summary>
public abstract class FakeBotApiFixture : IAsyncLifetime
{
    protected FakeBotApi _api = null!;
    protected TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _bot = _api.CreateClient();
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();
}
