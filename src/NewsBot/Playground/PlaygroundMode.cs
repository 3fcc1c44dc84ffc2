using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace NewsBot.Playground;

/// <summary>The `Playground` section: how fast the sample site releases its stories.</summary>
public sealed class PlaygroundOptions
{
    public const string Section = "Playground";

    /// <summary>One more sample story in the feed this often (SPEC §5: about every 20 s).</summary>
    public TimeSpan ReleaseEvery { get; set; } = TimeSpan.FromSeconds(20);

    public static IEnumerable<string> Check(PlaygroundOptions o)
    {
        if (o.ReleaseEvery < TimeSpan.FromSeconds(1) || o.ReleaseEvery > TimeSpan.FromHours(1))
            yield return $"Playground:ReleaseEvery must be between 00:00:01 and 01:00:00, got {o.ReleaseEvery}.";
    }
}

/// <summary>
/// Playground mode (SPEC §5), on when no Telegram:BotToken is set: the same service against the Bot API emulator inside the process,
/// with a channel, an editor and a reader of its own, and a store in a fresh folder that is removed at the end, so nothing the
/// playground did is left for a later run with a real token. Nothing is sent to Telegram.
/// </summary>
public sealed class PlaygroundMode(string folder, ILogger<PlaygroundMode> log) : IAsyncDisposable
{
    public const string Channel = "@newsbot_playground";
    public const string ChannelTitle = "NewsBot Playground";

    /// <summary>The Telegram user (and private chat) the playground page writes as a reader.</summary>
    public const long ReaderId = 100_001;

    /// <summary>The Telegram user the page writes as an editor: added to Telegram:Editors.</summary>
    public const long EditorId = 100_002;

    private FakeBotApi? _api;

    public static bool IsOn(IConfiguration config) => string.IsNullOrWhiteSpace(config[$"{TelegramOptions.Section}:{nameof(TelegramOptions.BotToken)}"]);

    /// <summary>A fresh folder for one playground run's store.</summary>
    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "newsbot-playground", Guid.NewGuid().ToString("N"));

    /// <summary>The emulator, once <see cref="StartAsync"/> ran.</summary>
    public FakeBotApi Api => _api ?? throw new InvalidOperationException("The playground's Bot API emulator has not started yet.");

    /// <summary>The playground's channel when none is configured, and its editor among the configured ones.</summary>
    public static void Configure(TelegramOptions telegram)
    {
        if (telegram.Channels.Count == 0) telegram.Channels.Add(Channel);
        if (!telegram.Editors.Contains(EditorId)) telegram.Editors.Add(EditorId);
    }

    /// <summary>Starts the emulator before the bot's first call, with Telegram's free flood limits (30/s, 20/min per channel).</summary>
    public async Task StartAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _api.MessagesPerSecond = 30;
        _api.MessagesPerMinutePerGroup = 20;
        _api.SetChat(Channel, "channel", ChannelTitle);
    }

    /// <summary>The one line that says the service runs as a playground, and where to watch it.</summary>
    public void Announce(IEnumerable<string> listening)
    {
        var page = listening.Select(PageUrl).FirstOrDefault() ?? "/playground";
        log.LogInformation("Playground mode: no Telegram:BotToken is set, so NewsBot runs against a Bot API emulator inside this process " +
            "and nothing is sent to Telegram. Open {PlaygroundUrl}", page);
    }

    /// <summary>The playground page at a listening address; a wildcard host (0.0.0.0, [::], +, *) is shown as localhost.</summary>
    public static string PageUrl(string address)
    {
        var url = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (url.Host is "0.0.0.0" or "[::]" or "::") url.Host = "localhost";
        url.Path = "playground";
        return url.Uri.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        if (_api is not null) await _api.DisposeAsync();
        if (!Directory.Exists(folder)) return;
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.LogWarning("The playground's store at {Folder} could not be removed: {Error}", folder, e.Message);
        }
    }
}
