namespace NewsBot.Bot;

/// <summary>Every reader-visible string, per interface language (en, uk). One place per language.</summary>
/// <remarks>Texts with {0} are format strings; their arguments are escaped for Telegram HTML by the caller.</remarks>
public static class Replies
{
    public sealed record Texts
    {
        public required string Welcome { get; init; }
        public required string StartMenu { get; init; }
        public required string LatestMenu { get; init; }
        public required string SearchMenu { get; init; }
        public required string SectionsMenu { get; init; }
        public required string SubscribeMenu { get; init; }
        public required string UnsubscribeMenu { get; init; }
        public required string DigestMenu { get; init; }
        public required string LangMenu { get; init; }
        public required string StopMenu { get; init; }
        public required string LatestUsage { get; init; }
        public required string SearchUsage { get; init; }
        public required string SubscribeUsage { get; init; }
        public required string UnsubscribeUsage { get; init; }
        public required string DigestUsage { get; init; }
        public required string LangUsage { get; init; }
        public required string UnknownSection { get; init; }
        public required string NothingYet { get; init; }
        public required string NothingFound { get; init; }
        public required string LatestHeader { get; init; }
        public required string LatestInHeader { get; init; }
        public required string SearchHeader { get; init; }
        public required string More { get; init; }
        public required string NoMore { get; init; }
        public required string SectionsHeader { get; init; }
        public required string NoSections { get; init; }
        public required string Subscribed { get; init; }
        public required string SubscribedAll { get; init; }
        public required string Unsubscribed { get; init; }
        public required string UnsubscribedAll { get; init; }
        public required string DigestOn { get; init; }
        public required string DigestOff { get; init; }
        public required string LangSet { get; init; }
        public required string Stopped { get; init; }
        public required string Resumed { get; init; }
        public required string GroupAdminsOnly { get; init; }
    }

    public static readonly Texts En = new()
    {
        Welcome = "Welcome to the newsroom bot! You are subscribed to all sections: new articles arrive here as they are published. Choose sections with /sections, or get one daily message with /digest 08:00.",
        StartMenu = "Welcome and subscribe",
        LatestMenu = "Latest articles: /latest [n] [section]",
        SearchMenu = "Search articles: /search words",
        SectionsMenu = "Sections, with subscribe buttons",
        SubscribeMenu = "Subscribe to a section (or all)",
        UnsubscribeMenu = "Unsubscribe from a section (or all)",
        DigestMenu = "Daily digest at HH:MM, or off",
        LangMenu = "Interface language: uk or en",
        StopMenu = "Stop all messages",
        LatestUsage = "Usage: /latest [1–20] [section], e.g. /latest 5 or /latest 10 Politics",
        SearchUsage = "Usage: /search words, e.g. /search budget parliament",
        SubscribeUsage = "Usage: /subscribe [section], e.g. /subscribe Politics; /subscribe alone subscribes to all",
        UnsubscribeUsage = "Usage: /unsubscribe section, or /unsubscribe all",
        DigestUsage = "Usage: /digest HH:MM (e.g. /digest 08:00) or /digest off",
        LangUsage = "Usage: /lang uk or /lang en",
        UnknownSection = "There is no section “{0}”. Send /sections to see them.",
        NothingYet = "No articles yet.",
        NothingFound = "Nothing found for “{0}”.",
        LatestHeader = "Latest articles:",
        LatestInHeader = "Latest in {0}:",
        SearchHeader = "Found for “{0}”:",
        More = "More",
        NoMore = "No more articles.",
        SectionsHeader = "Sections (tap to subscribe or unsubscribe):",
        NoSections = "No sections yet: they appear with the first articles.",
        Subscribed = "Subscribed to {0}.",
        SubscribedAll = "Subscribed to all sections.",
        Unsubscribed = "Unsubscribed from {0}.",
        UnsubscribedAll = "Unsubscribed from all sections. /subscribe brings them back.",
        DigestOn = "Daily digest at {0} ({1}): articles arrive once a day in one message. /digest off to get them at once.",
        DigestOff = "Digest off: articles arrive as they are published.",
        LangSet = "Language: English.",
        Stopped = "Stopped: you will get no more messages. Send /start to resume.",
        Resumed = "Welcome back! Messages resume with your sections and settings.",
        GroupAdminsOnly = "Only the group's administrators can change what this group receives.",
    };

    public static readonly Texts Uk = new()
    {
        Welcome = "Вітаємо в боті редакції! Ви підписані на всі розділи: нові статті надходитимуть сюди одразу після публікації. Оберіть розділи командою /sections або отримуйте одне щоденне повідомлення: /digest 08:00.",
        StartMenu = "Вітання і підписка",
        LatestMenu = "Останні статті: /latest [n] [розділ]",
        SearchMenu = "Пошук статей: /search слова",
        SectionsMenu = "Розділи з кнопками підписки",
        SubscribeMenu = "Підписатися на розділ (або всі)",
        UnsubscribeMenu = "Відписатися від розділу (або всіх)",
        DigestMenu = "Щоденний дайджест о ГГ:ХХ або off",
        LangMenu = "Мова інтерфейсу: uk або en",
        StopMenu = "Зупинити всі повідомлення",
        LatestUsage = "Формат: /latest [1–20] [розділ], наприклад /latest 5 або /latest 10 Політика",
        SearchUsage = "Формат: /search слова, наприклад /search бюджет парламент",
        SubscribeUsage = "Формат: /subscribe [розділ], наприклад /subscribe Політика; просто /subscribe — підписка на всі",
        UnsubscribeUsage = "Формат: /unsubscribe розділ або /unsubscribe all",
        DigestUsage = "Формат: /digest ГГ:ХХ (наприклад /digest 08:00) або /digest off",
        LangUsage = "Формат: /lang uk або /lang en",
        UnknownSection = "Розділу «{0}» немає. Надішліть /sections, щоб побачити розділи.",
        NothingYet = "Статей поки немає.",
        NothingFound = "За запитом «{0}» нічого не знайдено.",
        LatestHeader = "Останні статті:",
        LatestInHeader = "Останнє в розділі {0}:",
        SearchHeader = "Знайдено за запитом «{0}»:",
        More = "Ще",
        NoMore = "Більше статей немає.",
        SectionsHeader = "Розділи (натисніть, щоб підписатися чи відписатися):",
        NoSections = "Розділів поки немає: вони з'являться з першими статтями.",
        Subscribed = "Ви підписалися на розділ {0}.",
        SubscribedAll = "Ви підписалися на всі розділи.",
        Unsubscribed = "Ви відписалися від розділу {0}.",
        UnsubscribedAll = "Ви відписалися від усіх розділів. /subscribe поверне їх.",
        DigestOn = "Щоденний дайджест о {0} ({1}): статті надходитимуть раз на день одним повідомленням. /digest off — отримувати одразу.",
        DigestOff = "Дайджест вимкнено: статті надходитимуть одразу після публікації.",
        LangSet = "Мова: українська.",
        Stopped = "Зупинено: повідомлень більше не буде. Надішліть /start, щоб відновити.",
        Resumed = "З поверненням! Повідомлення знову надходитимуть за вашими розділами й налаштуваннями.",
        GroupAdminsOnly = "Змінювати, що отримує ця група, можуть лише її адміністратори.",
    };

    public static Texts For(string language) => language == "uk" ? Uk : En;

    /// <summary>A format string filled with arguments escaped for Telegram HTML.</summary>
    public static string Fill(string format, params object[] args) => args.Length == 0 ? Posts.TelegramHtml.Escape(format) :
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Posts.TelegramHtml.Escape(format),
            args.Select(a => (object)Posts.TelegramHtml.Escape(Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? "")).ToArray());
}
