namespace NewsBot.Editorial;

/// <summary>Every editor-facing string, per interface language (en, uk): one record per language with every member required, so a
/// missing translation does not compile. {0}, {1}… are filled by the caller; HTML where sent as HTML.</summary>
public static class EditorReplies
{
    /// <summary>The strings of one language.</summary>
    public sealed record Texts
    {
        public required IReadOnlyDictionary<string, string> Menu { get; init; }
        public required string Usage { get; init; }
        public required string BadUrl { get; init; }
        public required string PageFailed { get; init; }
        public required string NotArticle { get; init; }
        public required string Published { get; init; }
        public required string AlreadyPublished { get; init; }
        public required string HeldNote { get; init; }
        public required string BadWhen { get; init; }
        public required string PastWhen { get; init; }
        public required string Scheduled { get; init; }
        public required string BadId { get; init; }
        public required string NoSchedule { get; init; }
        public required string Cancelled { get; init; }
        public required string Rescheduled { get; init; }
        public required string QueueEmpty { get; init; }
        public required string QueueScheduled { get; init; }
        public required string QueueWaiting { get; init; }
        public required string Paused { get; init; }
        public required string AlreadyPaused { get; init; }
        public required string Resumed { get; init; }
        public required string NotPaused { get; init; }
        public required string SourcesConfigured { get; init; }
        public required string SourcesAdded { get; init; }
        public required string SourcesNone { get; init; }
        public required string SourceAdded { get; init; }
        public required string SourceExists { get; init; }
        public required string SourceFailed { get; init; }
        public required string NoSource { get; init; }
        public required string SourceRemoved { get; init; }
        public required string Stats { get; init; }
        public required string StatsFeed { get; init; }
        public required string StatsAudit { get; init; }
        public required string BroadcastConfirm { get; init; }
        public required string BroadcastSend { get; init; }
        public required string BroadcastQueued { get; init; }
        public required string BroadcastCancelled { get; init; }
        public required string NoSubscribers { get; init; }
        public required string BroadcastTooLong { get; init; }
        public required string NoArticle { get; init; }
        public required string Deleted { get; init; }
        public required string NothingToDelete { get; init; }
        public required string DraftHeader { get; init; }
        public required string PreviewHeader { get; init; }
        public required string Approve { get; init; }
        public required string Publish { get; init; }
        public required string Schedule { get; init; }
        public required string Skip { get; init; }
        public required string Discard { get; init; }
        public required string Back { get; init; }
        public required string Cancel { get; init; }
        public required string Tomorrow9 { get; init; }
        public required string PickTime { get; init; }
        public required string DecidedPublished { get; init; }
        public required string DecidedScheduled { get; init; }
        public required string DecidedSkipped { get; init; }
        public required string AlreadyDecided { get; init; }
        public required string NoDraft { get; init; }
        public required string Done { get; init; }
        public required string Late { get; init; }
        public required string FiredDuplicate { get; init; }
        public required string ChannelRefused { get; init; }
        public required string ChannelBack { get; init; }
        public required string BreakingPublished { get; init; }
        public required string Refreshed { get; init; }
        public required string RefreshUnchanged { get; init; }
        public required string StatsLifecycle { get; init; }
        public required string RemovalHeader { get; init; }
        public required string RemovalDelete { get; init; }
        public required string RemovalKeep { get; init; }
        public required string DecidedDeleted { get; init; }
        public required string DecidedKept { get; init; }
        public required string NoRemoval { get; init; }
        public required string RetractedNotice { get; init; }
    }

    public static readonly Texts En = new()
    {
        Menu = new Dictionary<string, string>
        {
            ["post"] = "Publish a URL now", ["preview"] = "Preview a URL's post", ["schedule"] = "Publish a URL later",
            ["queue"] = "Scheduled and waiting posts", ["cancel"] = "Cancel a scheduled post", ["reschedule"] = "Move a scheduled post",
            ["pause"] = "Pause automatic posting", ["resume"] = "Resume automatic posting", ["sources"] = "List feeds",
            ["addsource"] = "Add a feed", ["removesource"] = "Remove an added feed", ["stats"] = "Today's statistics",
            ["broadcast"] = "Message all subscribers", ["delete"] = "Delete a published channel post",
            ["breaking"] = "Breaking news: publish now, pinned", ["refresh"] = "Re-read an article, edit its posts",
        },
        Usage = "Usage: {0}",
        BadUrl = "That is not an http(s) link: {0}",
        PageFailed = "The page could not be loaded: {0}",
        NotArticle = "That page does not look like an article: there is no text to summarize.",
        Published = "Published as article {0}: {1}\n/delete {0} retracts it.",
        AlreadyPublished = "That article was published before; nothing was sent again.",
        HeldNote = "Quiet hours: the channel gets it at {0}.",
        BadWhen = "I don't understand the time “{0}”. Use HH:MM, YYYY-MM-DD HH:MM, +30m, +2h or tomorrow HH:MM ({1} time).",
        PastWhen = "{0} is in the past; pick a later time.",
        Scheduled = "Scheduled #{0} for {1}: {2}\n/cancel {0} or /reschedule {0} <when> changes it.",
        BadId = "“{0}” is not an id; use a number from {1}.",
        NoSchedule = "There is no pending scheduled post #{0}.",
        Cancelled = "Cancelled scheduled post #{0}: {1}",
        Rescheduled = "Scheduled post #{0} now goes out at {1}.",
        QueueEmpty = "Nothing is scheduled or waiting.",
        QueueScheduled = "Scheduled:",
        QueueWaiting = "Waiting for the channel:",
        Paused = "Automatic posting is paused. Feeds are still read and their posts queue up; an editor's /post still goes out. /resume restarts it.",
        AlreadyPaused = "Automatic posting was already paused. /resume restarts it.",
        Resumed = "Automatic posting resumed; {0} waiting post(s) go out now, spaced as configured.",
        NotPaused = "Automatic posting was not paused.",
        SourcesConfigured = "Configured feeds:",
        SourcesAdded = "Added by editors (/removesource <id>):",
        SourcesNone = "No feeds yet. /addsource <url> [name] adds one.",
        SourceAdded = "Added source #{0}: {1} ({2} items now; they count as seen, new ones will be posted).",
        SourceExists = "That feed is already a source.",
        SourceFailed = "That feed could not be read: {0}",
        NoSource = "There is no added source #{0} (configured feeds change only in the configuration).",
        SourceRemoved = "Removed source #{0}: {1}",
        Stats = "Today ({0}): {1} post(s); deliveries {2} sent, {3} waiting, {4} failed. Subscribers: {5}. Scheduled: {6}.{7}",
        StatsFeed = "{0}: {1} post(s) today{2}",
        StatsAudit = "Latest editor actions:",
        BroadcastConfirm = "Send this message to {0} active subscriber(s)?\n\n{1}",
        BroadcastSend = "Send",
        BroadcastQueued = "Broadcast queued for {0} subscriber(s).",
        BroadcastCancelled = "Broadcast cancelled.",
        NoSubscribers = "There are no active subscribers to broadcast to.",
        BroadcastTooLong = "That broadcast has {0} characters; a Telegram message holds at most {1}. Shorten it and send /broadcast again.",
        NoArticle = "There is no published article {0}.",
        Deleted = "Article {0} retracted: {1} channel post(s) deleted.",
        BreakingPublished = "Breaking: published as article {0}: {1}\nIt goes out ahead of the queue, with sound, and stays pinned until the next breaking post or 6 hours.",
        Refreshed = "Article {0} read again: its post changed, {1} channel post(s) are edited in place.",
        RefreshUnchanged = "Article {0} read again: its post is unchanged, nothing to edit.",
        StatsLifecycle = "Corrections and retractions today: {0} post(s) edited, {1} deleted; breaking posts pinned: {2}.",
        RemovalHeader = "🗑 The page of article {0} answers {1}: it seems to be unpublished. Delete its channel posts?",
        RemovalDelete = "Delete", RemovalKeep = "Keep",
        DecidedDeleted = "🗑 Deleted by {0}: {1} channel post(s).",
        DecidedKept = "✅ Kept by {0}.",
        NoRemoval = "This question no longer exists.",
        RetractedNotice = "🗑 Article {0} was unpublished on the site (its page answers {2}); its {3} channel post(s) are being deleted: {1}",
        NothingToDelete = "Article {0} has no channel post to delete.",
        DraftHeader = "📝 Draft from {0}",
        PreviewHeader = "👁 Preview (only you see this)",
        Approve = "Approve", Publish = "Publish", Schedule = "Schedule", Skip = "Skip", Discard = "Discard",
        Back = "« Back", Cancel = "Cancel", Tomorrow9 = "tomorrow 09:00",
        PickTime = "When should it go out?",
        DecidedPublished = "✅ Published by {0} (article {1}).",
        DecidedScheduled = "🕒 Scheduled by {0} for {1} (#{2}).",
        DecidedSkipped = "✖ Skipped by {0}.",
        AlreadyDecided = "Already decided by {0}.",
        NoDraft = "This draft no longer exists.",
        Done = "Done.",
        Late = "⏰ Scheduled post #{0} was due at {1} while the bot was down; it is published now, late: {2}",
        FiredDuplicate = "Scheduled post #{0}: that article had been published already, so nothing was sent.",
        ChannelRefused = "⚠️ Channel {0} refuses the bot ({1}). Its posts wait and nothing is lost: make the bot an administrator of the channel with the right to post messages. It is asked again every 5 minutes, and the waiting posts go out in order as soon as it is back.",
        ChannelBack = "✅ Channel {0} takes the bot again: {1} waiting post(s) go out now.",
    };

    public static readonly Texts Uk = new()
    {
        Menu = new Dictionary<string, string>
        {
            ["post"] = "Опублікувати посилання зараз", ["preview"] = "Попередній перегляд допису", ["schedule"] = "Опублікувати пізніше",
            ["queue"] = "Заплановані й очікувані дописи", ["cancel"] = "Скасувати запланований допис", ["reschedule"] = "Перенести запланований допис",
            ["pause"] = "Призупинити автопублікацію", ["resume"] = "Відновити автопублікацію", ["sources"] = "Список стрічок",
            ["addsource"] = "Додати стрічку", ["removesource"] = "Видалити додану стрічку", ["stats"] = "Статистика за сьогодні",
            ["broadcast"] = "Повідомлення всім підписникам", ["delete"] = "Видалити допис із каналу",
            ["breaking"] = "Термінова новина: зараз і закріпити", ["refresh"] = "Перечитати статтю, виправити дописи",
        },
        Usage = "Використання: {0}",
        BadUrl = "Це не http(s)-посилання: {0}",
        PageFailed = "Не вдалося завантажити сторінку: {0}",
        NotArticle = "Ця сторінка не схожа на статтю: немає тексту для підсумку.",
        Published = "Опубліковано як статтю {0}: {1}\n/delete {0} відкликає її.",
        AlreadyPublished = "Цю статтю вже публікували; повторно нічого не надіслано.",
        HeldNote = "Тихі години: у каналі вона з'явиться о {0}.",
        BadWhen = "Не розумію час «{0}». Пишіть ГГ:ХХ, РРРР-ММ-ДД ГГ:ХХ, +30m, +2h або tomorrow ГГ:ХХ (час {1}).",
        PastWhen = "{0} — це вже минуло; оберіть пізніший час.",
        Scheduled = "Заплановано #{0} на {1}: {2}\n/cancel {0} або /reschedule {0} <коли> змінює це.",
        BadId = "«{0}» — не номер; візьміть номер із {1}.",
        NoSchedule = "Немає запланованого допису #{0}.",
        Cancelled = "Скасовано запланований допис #{0}: {1}",
        Rescheduled = "Запланований допис #{0} тепер вийде о {1}.",
        QueueEmpty = "Нічого не заплановано й не очікує.",
        QueueScheduled = "Заплановано:",
        QueueWaiting = "Чекають на канал:",
        Paused = "Автопублікацію призупинено. Стрічки читаються, дописи стають у чергу; /post редактора виходить одразу. /resume відновлює.",
        AlreadyPaused = "Автопублікацію вже призупинено. /resume відновлює.",
        Resumed = "Автопублікацію відновлено; дописів у черзі: {0}, вони виходять з налаштованим інтервалом.",
        NotPaused = "Автопублікацію не було призупинено.",
        SourcesConfigured = "Стрічки з конфігурації:",
        SourcesAdded = "Додані редакторами (/removesource <id>):",
        SourcesNone = "Стрічок ще немає. /addsource <url> [назва] додає.",
        SourceAdded = "Додано джерело #{0}: {1} (зараз {2} матеріалів; їх позначено як бачені, нові публікуватимуться).",
        SourceExists = "Ця стрічка вже є серед джерел.",
        SourceFailed = "Не вдалося прочитати стрічку: {0}",
        NoSource = "Немає доданого джерела #{0} (стрічки з конфігурації змінюються лише в конфігурації).",
        SourceRemoved = "Видалено джерело #{0}: {1}",
        Stats = "Сьогодні ({0}): дописів {1}; доставок надіслано {2}, чекають {3}, невдалих {4}. Підписників: {5}. Заплановано: {6}.{7}",
        StatsFeed = "{0}: дописів сьогодні {1}{2}",
        StatsAudit = "Останні дії редакторів:",
        BroadcastConfirm = "Надіслати це повідомлення активним підписникам ({0})?\n\n{1}",
        BroadcastSend = "Надіслати",
        BroadcastQueued = "Розсилку поставлено в чергу для підписників: {0}.",
        BroadcastCancelled = "Розсилку скасовано.",
        NoSubscribers = "Немає активних підписників для розсилки.",
        BroadcastTooLong = "У розсилці {0} символів, а повідомлення в Telegram вміщує щонайбільше {1}. Скоротіть її й надішліть /broadcast знову.",
        NoArticle = "Немає опублікованої статті {0}.",
        Deleted = "Статтю {0} відкликано: видалено дописів у каналах: {1}.",
        BreakingPublished = "Термінова новина: опубліковано як статтю {0}: {1}\nВона виходить поза чергою, зі звуком, і лишається закріпленою до наступної термінової новини або 6 годин.",
        Refreshed = "Статтю {0} перечитано: допис змінився, дописів у каналах редагується на місці: {1}.",
        RefreshUnchanged = "Статтю {0} перечитано: допис не змінився, редагувати нічого.",
        StatsLifecycle = "Виправлення й відкликання сьогодні: відредаговано дописів {0}, видалено {1}; закріплено термінових: {2}.",
        RemovalHeader = "🗑 Сторінка статті {0} відповідає {1}: схоже, її зняли з публікації. Видалити її дописи в каналах?",
        RemovalDelete = "Видалити", RemovalKeep = "Залишити",
        DecidedDeleted = "🗑 Видалив(ла) {0}: дописів у каналах {1}.",
        DecidedKept = "✅ Залишив(ла) {0}.",
        NoRemoval = "Цього запитання вже немає.",
        RetractedNotice = "🗑 Статтю {0} знято з сайту (її сторінка відповідає {2}); її дописи в каналах ({3}) видаляються: {1}",
        NothingToDelete = "Стаття {0} не має допису в каналі, який можна видалити.",
        DraftHeader = "📝 Чернетка з {0}",
        PreviewHeader = "👁 Попередній перегляд (бачите лише ви)",
        Approve = "Схвалити", Publish = "Опублікувати", Schedule = "Запланувати", Skip = "Пропустити", Discard = "Відкинути",
        Back = "« Назад", Cancel = "Скасувати", Tomorrow9 = "завтра 09:00",
        PickTime = "Коли опублікувати?",
        DecidedPublished = "✅ Опублікував(ла) {0} (стаття {1}).",
        DecidedScheduled = "🕒 Запланував(ла) {0} на {1} (#{2}).",
        DecidedSkipped = "✖ Пропустив(ла) {0}.",
        AlreadyDecided = "Уже вирішено: {0}.",
        NoDraft = "Цієї чернетки вже немає.",
        Done = "Готово.",
        Late = "⏰ Запланований допис #{0} мав вийти о {1}, коли бот не працював; його опубліковано зараз, із запізненням: {2}",
        FiredDuplicate = "Запланований допис #{0}: цю статтю вже публікували, тож нічого не надіслано.",
        ChannelRefused = "⚠️ Канал {0} не приймає бота ({1}). Його дописи чекають, нічого не втрачено: зробіть бота адміністратором каналу з правом публікувати повідомлення. Бот перевіряє канал кожні 5 хвилин і надішле дописи, що чекають, по черзі, щойно доступ повернеться.",
        ChannelBack = "✅ Канал {0} знову приймає бота: дописів, що чекали, надсилається зараз: {1}.",
    };

    public static Texts For(string language) => language == "uk" ? Uk : En;
}
