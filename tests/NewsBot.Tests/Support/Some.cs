namespace NewsBot.Tests.Support;

/// <summary>Throwaway values for tests: unique ids, titles, a valid-looking bot token, fresh temp directories.</summary>
public static class Some
{
    /// <summary>A token in Telegram's "id:secret" shape; <see cref="FakeBotApi"/> accepts it by default.</summary>
    public const string Token = FakeBotApi.DefaultToken;

    private static long _next = 1000;

    /// <summary>A process-wide unique positive number.</summary>
    public static long Id() => Interlocked.Increment(ref _next);

    /// <summary>A unique private chat (user) id, positive like Telegram's.</summary>
    public static long UserId() => 500_000 + Id();

    /// <summary>A unique channel id in Telegram's -100… form, as a string the way configuration holds it.</summary>
    public static string ChatId() => (-1_001_000_000_000 - Id()).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A unique channel username such as "@news1234".</summary>
    public static string ChannelName() => $"@news{Id()}";

    /// <summary>A unique, human-looking headline.</summary>
    public static string Title() => $"Headline number {Id()}";

    /// <summary>A unique absolute article URL on an unreachable example host.</summary>
    public static string Url() => $"https://news.example/articles/{Id()}";

    /// <summary>A fresh, empty directory under the system temp path (never under /work/shared).</summary>
    public static string TempDir()
    {
        var path = Path.Combine(Path.GetTempPath(), "newsbot-tests", $"{Environment.ProcessId}-{Id()}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
