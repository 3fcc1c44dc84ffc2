namespace NewsBot.Commands;

/// <summary>The strings the command stack itself answers with, per interface language (en, uk); readers' and editors' own tables
/// follow the same convention: one record per language with every member required, so a missing translation does not compile.</summary>
public sealed record CommandTexts
{
    public required string HelpHeader { get; init; }
    public required string HelpMenu { get; init; }
    public required string Unknown { get; init; }
    public required string ExpiredButton { get; init; }
    public required string NotEditor { get; init; }
    public required string NotEditorButton { get; init; }

    public static readonly CommandTexts En = new()
    {
        HelpHeader = "Commands:",
        HelpMenu = "What this bot can do",
        Unknown = "I don't know that command. Send /help to see what I can do.",
        ExpiredButton = "This button is no longer active.",
        NotEditor = "Sorry, this command is only for the newsroom's editors.",
        NotEditorButton = "Sorry, only editors can use this button.",
    };

    public static readonly CommandTexts Uk = new()
    {
        HelpHeader = "Команди:",
        HelpMenu = "Що вміє цей бот",
        Unknown = "Я не знаю такої команди. Надішліть /help, щоб побачити, що я вмію.",
        ExpiredButton = "Ця кнопка вже не діє.",
        NotEditor = "Вибачте, ця команда лише для редакторів.",
        NotEditorButton = "Вибачте, цією кнопкою можуть користуватися лише редактори.",
    };

    public static CommandTexts For(string language) => language == "uk" ? Uk : En;
}
