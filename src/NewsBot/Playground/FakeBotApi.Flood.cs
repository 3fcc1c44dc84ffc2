namespace NewsBot.Playground;

public sealed partial class FakeBotApi
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Queue<DateTimeOffset> _globalSends = new();
    private readonly Queue<DateTimeOffset> _paidSends = new();
    private readonly Dictionary<long, Queue<DateTimeOffset>> _chatSends = [];

    /// <summary>Overall sends per second before 429 (Telegram: about 30); null = unlimited.</summary>
    public int? MessagesPerSecond { get; set; }

    /// <summary>Overall sends per second carrying allow_paid_broadcast (Telegram: up to 1000); null = unlimited.</summary>
    public int? PaidBroadcastPerSecond { get; set; }

    /// <summary>Sends per minute to one group or channel (Telegram: 20); null = unlimited.</summary>
    public int? MessagesPerMinutePerGroup { get; set; }

    /// <summary>Sends per second to one private chat (Telegram: about 1); null = unlimited.</summary>
    public int? PrivatePerSecond { get; set; }

    /// <summary>Reserves a flood slot for a send, or throws 429 with retry_after = whole seconds until a slot frees (≥ 1).</summary>
    private void TakeFloodSlot(ChatInfo chat, bool paid)
    {
        var now = Time.GetUtcNow();
        var (global, globalLimit) = paid ? (_paidSends, PaidBroadcastPerSecond) : (_globalSends, MessagesPerSecond);
        var (chatLimit, window) = chat.IsPrivate ? (PrivatePerSecond, Second) : (MessagesPerMinutePerGroup, Minute);
        if (!_chatSends.TryGetValue(chat.Id, out var perChat)) _chatSends[chat.Id] = perChat = new Queue<DateTimeOffset>();
        var wait = Math.Max(SecondsToWait(global, globalLimit, Second, now), SecondsToWait(perChat, chatLimit, window, now));
        if (wait > 0)
            throw new BotApiError(429, $"Too Many Requests: retry after {wait}", retryAfter: wait);
        if (globalLimit is not null) global.Enqueue(now);
        if (chatLimit is not null) perChat.Enqueue(now);
    }

    private static int SecondsToWait(Queue<DateTimeOffset> sends, int? limit, TimeSpan window, DateTimeOffset now)
    {
        if (limit is null) return 0;
        while (sends.Count > 0 && sends.Peek() <= now - window) sends.Dequeue();
        if (sends.Count < limit) return 0;
        return Math.Max(1, (int)Math.Ceiling((sends.Peek() + window - now).TotalSeconds));
    }
}
