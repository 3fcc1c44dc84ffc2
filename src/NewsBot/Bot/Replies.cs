namespace NewsBot.Bot;

/// <summary>Every reader-visible string, per interface language (en, uk). One place per language.</summary>
/// <remarks>Texts with {0} are format strings; their arguments are escaped for Telegram HTML by the caller.</remarks>
public static class Replies
{
    public sealed record Texts(string Welcome, string HelpHeader, string Unknown, string ExpiredButton, string StartMenu, string HelpMenu)
    {
        public string LatestMenu { get; init; } = "";
        public string SearchMenu { get; init; } = "";
        public string SectionsMenu { get; init; } = "";
        public string SubscribeMenu { get; init; } = "";
        public string UnsubscribeMenu { get; init; } = "";
        public string DigestMenu { get; init; } = "";
        public string LangMenu { get; init; } = "";
        public string StopMenu { get; init; } = "";
        public string LatestUsage { get; init; } = "";
        public string SearchUsage { get; init; } = "";
        public string SubscribeUsage { get; init; } = "";
        public string UnsubscribeUsage { get; init; } = "";
        public string DigestUsage { get; init; } = "";
        public string LangUsage { get; init; } = "";
        public string UnknownSection { get; init; } = "";
        public string NothingYet { get; init; } = "";
        public string NothingFound { get; init; } = "";
        public string LatestHeader { get; init; } = "";
        public string LatestInHeader { get; init; } = "";
        public string SearchHeader { get; init; } = "";
        public string More { get; init; } = "";
        public string NoMore { get; init; } = "";
        public string SectionsHeader { get; init; } = "";
        public string NoSections { get; init; } = "";
        public string Subscribed { get; init; } = "";
        public string SubscribedAll { get; init; } = "";
        public string Unsubscribed { get; init; } = "";
        public string UnsubscribedAll { get; init; } = "";
        public string DigestOn { get; init; } = "";
        public string DigestOff { get; init; } = "";
        public string DigestTitle { get; init; } = "";
        public string LangSet { get; init; } = "";
        public string Stopped { get; init; } = "";
        public string Resumed { get; init; } = "";
    }

    public static readonly Texts En = new(
        Welcome: "Welcome to the newsroom bot! You are subscribed to all sections: new articles arrive here as they are published. Choose sections with /sections, or get one daily message with /digest 08:00.",
        HelpHeader: "Commands:",
        Unknown: "I don't know that command. Send /help to see what I can do.",
        ExpiredButton: "This button is no longer active.",
        StartMenu: "Welcome and subscribe",
        HelpMenu: "What this bot can do")
    {
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
        DigestTitle = "Your daily digest, {0}",
        LangSet = "Language: English.",
        Stopped = "Stopped: you will get no more messages. Send /start to resume.",
        Resumed = "Welcome back! Messages resume with your sections and settings.",
    };

    public static readonly Texts Uk = new(
        Welcome: "Вітаємо в боті редакції! Ви підписані на всі розділи: нові статті надходитимуть сюди одразу після публікації. Оберіть розділи командою /sections або отримуйте одне щоденне повідомлення: /digest 08:00.",
        HelpHeader: "Команди:",
        Unknown: "Я не знаю такої команди. Надішліть /help, щоб побачити, що я вмію.",
        ExpiredButton: "Ця кнопка вже не діє.",
        StartMenu: "Вітання і підписка",
        HelpMenu: "Що вміє цей бот")
    {
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
        DigestTitle = "Ваш щоденний дайджест, {0}",
        LangSet = "Мова: українська.",
        Stopped = "Зупинено: повідомлень більше не буде. Надішліть /start, щоб відновити.",
        Resumed = "З поверненням! Повідомлення знову надходитимуть за вашими розділами й налаштуваннями.",
    };

    public static Texts For(string language) => language == "uk" ? Uk : En;

    /// <summary>A format string filled with arguments escaped for Telegram HTML.</summary>
    public static string Fill(string format, params object[] args) => args.Length == 0 ? Posts.TelegramHtml.Escape(format) :
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Posts.TelegramHtml.Escape(format),
            args.Select(a => (object)Posts.TelegramHtml.Escape(Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? "")).ToArray());
}
