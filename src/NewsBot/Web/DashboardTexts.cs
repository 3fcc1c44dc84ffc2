namespace NewsBot.Web;

/// <summary>Every string the dashboard shows, once per language; a missing Ukrainian string does not compile.</summary>
public sealed record DashboardTexts
{
    public required string Title { get; init; }
    public required string OpenPlayground { get; init; }
    public required string TimesIn { get; init; }
    public required string PausedNote { get; init; }
    public required string Outbox { get; init; }
    public required string Pending { get; init; }
    public required string Readers { get; init; }
    public required string Feeds { get; init; }
    public required string Feed { get; init; }
    public required string LastPoll { get; init; }
    public required string NextPoll { get; init; }
    public required string Problem { get; init; }
    public required string Never { get; init; }
    public required string AddedByEditor { get; init; }
    public required string FailuresInRow { get; init; }
    public required string NoFeeds { get; init; }
    public required string Scheduled { get; init; }
    public required string Due { get; init; }
    public required string NoSchedules { get; init; }
    public required string LatestPosts { get; init; }
    public required string Published { get; init; }
    public required string Deliveries { get; init; }
    public required string Sent { get; init; }
    public required string Waiting { get; init; }
    public required string Failed { get; init; }
    public required string Retracted { get; init; }
    public required string NoPosts { get; init; }

    public static DashboardTexts For(string language) => language == "uk" ? Uk : En;

    public static readonly DashboardTexts En = new()
    {
        Title = "NewsBot dashboard",
        OpenPlayground = "Open the playground",
        TimesIn = "Times in {0}; now {1}.",
        PausedNote = "Automatic channel posting is paused (/pause); the queue keeps filling.",
        Outbox = "Outbox",
        Pending = "pending",
        Readers = "active readers",
        Feeds = "Feeds",
        Feed = "Feed",
        LastPoll = "Last good poll",
        NextPoll = "Next poll",
        Problem = "Problem",
        Never = "never",
        AddedByEditor = "added by an editor",
        FailuresInRow = "{0} failure(s) in a row",
        NoFeeds = "No feeds yet: configure Feeds or add one with /addsource.",
        Scheduled = "Scheduled posts",
        Due = "Due",
        NoSchedules = "Nothing is scheduled.",
        LatestPosts = "Latest posts",
        Published = "Published",
        Deliveries = "Deliveries",
        Sent = "sent",
        Waiting = "waiting",
        Failed = "failed",
        Retracted = "retracted",
        NoPosts = "Nothing has been published yet.",
    };

    public static readonly DashboardTexts Uk = new()
    {
        Title = "Панель NewsBot",
        OpenPlayground = "Відкрити пісочницю",
        TimesIn = "Час у {0}; зараз {1}.",
        PausedNote = "Автоматичні дописи в канал призупинено (/pause); черга наповнюється далі.",
        Outbox = "Черга доставки",
        Pending = "чекають",
        Readers = "активних читачів",
        Feeds = "Стрічки",
        Feed = "Стрічка",
        LastPoll = "Остання вдала перевірка",
        NextPoll = "Наступна перевірка",
        Problem = "Проблема",
        Never = "ніколи",
        AddedByEditor = "додав редактор",
        FailuresInRow = "невдач поспіль: {0}",
        NoFeeds = "Стрічок ще немає: задайте Feeds у налаштуваннях або додайте командою /addsource.",
        Scheduled = "Заплановані дописи",
        Due = "Коли",
        NoSchedules = "Нічого не заплановано.",
        LatestPosts = "Останні дописи",
        Published = "Опубліковано",
        Deliveries = "Доставки",
        Sent = "надіслано",
        Waiting = "чекають",
        Failed = "невдалих",
        Retracted = "відкликано",
        NoPosts = "Ще нічого не опубліковано.",
    };
}
