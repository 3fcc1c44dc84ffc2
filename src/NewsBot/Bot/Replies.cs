namespace NewsBot.Bot;

/// <summary>Every reader-visible string, per interface language (en, uk). One place per language.</summary>
public static class Replies
{
    public sealed record Texts(string Welcome, string HelpHeader, string Unknown, string ExpiredButton, string StartMenu, string HelpMenu);

    public static readonly Texts En = new(
        Welcome: "Welcome to the newsroom bot. New articles from our feeds are posted to the channel as they are published.",
        HelpHeader: "Commands:",
        Unknown: "I don't know that command. Send /help to see what I can do.",
        ExpiredButton: "This button is no longer active.",
        StartMenu: "Welcome and subscribe",
        HelpMenu: "What this bot can do");

    public static readonly Texts Uk = new(
        Welcome: "Вітаємо в боті редакції. Нові статті з наших стрічок з'являються в каналі одразу після публікації.",
        HelpHeader: "Команди:",
        Unknown: "Я не знаю такої команди. Надішліть /help, щоб побачити, що я вмію.",
        ExpiredButton: "Ця кнопка вже не діє.",
        StartMenu: "Вітання і підписка",
        HelpMenu: "Що вміє цей бот");

    public static Texts For(string language) => language == "uk" ? Uk : En;
}
