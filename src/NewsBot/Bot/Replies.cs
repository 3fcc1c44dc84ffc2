namespace NewsBot.Bot;

/// <summary>Every reader-visible string, per interface language (en, uk). One place per language.</summary>
public static class Replies
{
    public sealed record Texts(string Welcome, string Help, string Unknown, IReadOnlyList<(string Command, string Description)> Menu);

    public static readonly Texts En = new(
        Welcome: "Welcome to the newsroom bot. New articles from our feeds are posted to the channel as they are published.",
        Help: "Commands:\n/start — welcome\n/help — this list",
        Unknown: "I don't know that command. Send /help to see what I can do.",
        Menu: [("start", "Welcome and subscribe"), ("help", "What this bot can do")]);

    public static readonly Texts Uk = new(
        Welcome: "Вітаємо в боті редакції. Нові статті з наших стрічок з'являються в каналі одразу після публікації.",
        Help: "Команди:\n/start — вітання\n/help — цей список",
        Unknown: "Я не знаю такої команди. Надішліть /help, щоб побачити, що я вмію.",
        Menu: [("start", "Вітання і підписка"), ("help", "Що вміє цей бот")]);

    /// <summary>Ukrainian for Ukrainian (and Russian) Telegram clients, English otherwise.</summary>
    public static Texts For(string? languageCode) =>
        languageCode is not null && (languageCode.StartsWith("uk", StringComparison.OrdinalIgnoreCase) || languageCode.StartsWith("ru", StringComparison.OrdinalIgnoreCase))
            ? Uk : En;
}
