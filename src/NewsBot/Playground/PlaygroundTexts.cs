namespace NewsBot.Playground;

/// <summary>Every string of the playground page, once per language; a missing Ukrainian string does not compile.</summary>
public sealed record PlaygroundTexts
{
    public required string Title { get; init; }
    public required string Dashboard { get; init; }
    public required string Explanation { get; init; }
    public required string Channel { get; init; }
    public required string ChannelEmpty { get; init; }
    public required string Chat { get; init; }
    public required string WriteAs { get; init; }
    public required string Reader { get; init; }
    public required string Editor { get; init; }
    public required string Placeholder { get; init; }
    public required string Send { get; init; }
    public required string ReaderHint { get; init; }
    public required string EditorHint { get; init; }
    public required string ChatEmpty { get; init; }
    public required string Edited { get; init; }
    public required string Deleted { get; init; }
    public required string YouPressed { get; init; }
    public required string Photo { get; init; }

    public static PlaygroundTexts For(string language) => language == "uk" ? Uk : En;

    public static readonly PlaygroundTexts En = new()
    {
        Title = "NewsBot playground",
        Dashboard = "Dashboard",
        Explanation = "NewsBot runs here against a Telegram emulator inside the service: nothing is sent to Telegram.",
        Channel = "Channel",
        ChannelEmpty = "No posts yet. The sample site releases a story every little while; each one is posted here.",
        Chat = "Chat with the bot",
        WriteAs = "Write as",
        Reader = "reader",
        Editor = "editor",
        Placeholder = "Write a message…",
        Send = "Send",
        ReaderHint = "Try /start, /latest, /search trams, /sections, /lang uk.",
        EditorHint = "Try /post {0}, /preview {0}, /stats, /queue, /pause.",
        ChatEmpty = "Say /start to the bot.",
        Edited = "edited",
        Deleted = "deleted",
        YouPressed = "You pressed “{0}”",
        Photo = "photo",
    };

    public static readonly PlaygroundTexts Uk = new()
    {
        Title = "Пісочниця NewsBot",
        Dashboard = "Панель",
        Explanation = "NewsBot працює тут з емулятором Telegram усередині сервісу: до Telegram нічого не надсилається.",
        Channel = "Канал",
        ChannelEmpty = "Дописів ще немає. Зразковий сайт раз у кілька секунд публікує нову статтю, і кожна з'являється тут.",
        Chat = "Чат із ботом",
        WriteAs = "Писати як",
        Reader = "читач",
        Editor = "редактор",
        Placeholder = "Напишіть повідомлення…",
        Send = "Надіслати",
        ReaderHint = "Спробуйте /start, /latest, /search міст, /sections, /lang en.",
        EditorHint = "Спробуйте /post {0}, /preview {0}, /stats, /queue, /pause.",
        ChatEmpty = "Напишіть боту /start.",
        Edited = "змінено",
        Deleted = "видалено",
        YouPressed = "Ви натиснули «{0}»",
        Photo = "фото",
    };
}
