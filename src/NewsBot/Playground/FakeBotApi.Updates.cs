using System.Diagnostics;
using System.Text.Json.Nodes;

namespace NewsBot.Playground;

public sealed partial class FakeBotApi
{
    private readonly List<JsonObject> _updates = [];
    private int _lastUpdateId = 1000;
    private long _lastQueryId;
    private TaskCompletionSource? _currentPoll;

    /// <summary>True while a getUpdates long poll is parked waiting for an update.</summary>
    public bool IsPolling { get { lock (_gate) return _currentPoll is not null; } }

    /// <summary>Updates enqueued but not yet confirmed by a getUpdates offset.</summary>
    public int PendingUpdates { get { lock (_gate) return _updates.Count; } }

    /// <summary>Queues a raw update (its update_id is assigned here, increasing) and wakes a long poll; returns the update_id.</summary>
    public int EnqueueUpdate(JsonObject update)
    {
        int id;
        lock (_gate)
        {
            id = ++_lastUpdateId;
            update["update_id"] = id;
            _updates.Add(update);
        }
        Pulse();
        return id;
    }

    /// <summary>
    /// A user writes <paramref name="text"/> in a chat; <paramref name="fromId"/> defaults to the chat id (a private chat).
    /// A leading "/command" gets Telegram's bot_command entity. Returns the new message's id.
    /// </summary>
    public int EnqueueMessage(long chatId, string text, long? fromId = null, string? languageCode = "en", string chatType = "private")
    {
        var chat = ChatOfType(chatId, chatType);
        var from = fromId ?? chatId;
        int messageId;
        lock (_gate) messageId = ++_lastMessageId;
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = ToNode(UserJson(from, languageCode)),
            ["chat"] = ToNode(chat.ToJson()),
            ["date"] = Time.GetUtcNow().ToUnixTimeSeconds(),
            ["text"] = text,
        };
        if (text.StartsWith('/'))
        {
            var end = text.IndexOfAny([' ', '\n']);
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = end < 0 ? text.Length : end });
        }
        EnqueueUpdate(new JsonObject { ["message"] = message });
        return messageId;
    }

    /// <summary>A user presses an inline button with <paramref name="data"/> under message <paramref name="messageId"/>; returns the callback query id.</summary>
    public string EnqueueCallback(long chatId, long fromId, int messageId, string data)
    {
        Stored? stored;
        lock (_gate) stored = _messages.GetValueOrDefault((chatId, messageId));
        var chat = stored?.Chat ?? ChatOfType(chatId, null);
        var message = stored is not null
            ? ToNode(MessageJson(stored))
            : new JsonObject { ["message_id"] = messageId, ["chat"] = ToNode(chat.ToJson()), ["date"] = Time.GetUtcNow().ToUnixTimeSeconds(), ["text"] = "" };
        var queryId = $"cq{Interlocked.Increment(ref _lastQueryId)}";
        lock (_gate) _openQueries.Add(queryId);
        EnqueueUpdate(new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = queryId, ["from"] = ToNode(UserJson(fromId, "en")), ["message"] = message,
                ["chat_instance"] = $"ci{chatId}", ["data"] = data,
            },
        });
        return queryId;
    }

    /// <summary>The bot's own membership in a chat changes (e.g. "kicked" when a user blocks it, "administrator" when added to a channel); returns the update_id.</summary>
    public int EnqueueMyChatMember(long chatId, string newStatus, long? fromId = null)
    {
        var chat = ChatOfType(chatId, null);
        var oldStatus = newStatus is "member" or "administrator" or "creator" ? "left" : "member";
        return EnqueueUpdate(new JsonObject
        {
            ["my_chat_member"] = new JsonObject
            {
                ["chat"] = ToNode(chat.ToJson()),
                ["from"] = ToNode(UserJson(fromId ?? (chatId > 0 ? chatId : 777), "en")),
                ["date"] = Time.GetUtcNow().ToUnixTimeSeconds(),
                ["old_chat_member"] = BotMember(oldStatus),
                ["new_chat_member"] = BotMember(newStatus),
            },
        });
    }

    private ChatInfo ChatOfType(long chatId, string? type)
    {
        var id = chatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        lock (_gate)
            if (type is not null && !_declared.ContainsKey(chatId)) _declared[chatId] = (type, null);
        return Resolve(id);
    }

    private static object UserJson(long id, string? languageCode) =>
        new { Id = id, IsBot = false, FirstName = $"User{id}", Username = $"user{id}", LanguageCode = languageCode };

    private static JsonObject BotMember(string status)
    {
        var member = new JsonObject { ["status"] = status, ["user"] = ToNode(BotUser()) };
        if (status == "administrator")
            foreach (var (right, value) in new[] { ("can_be_edited", false), ("is_anonymous", false), ("can_manage_chat", true),
                ("can_delete_messages", true), ("can_manage_video_chats", false), ("can_restrict_members", false), ("can_promote_members", false),
                ("can_change_info", false), ("can_invite_users", true), ("can_post_stories", false), ("can_edit_stories", false),
                ("can_delete_stories", false), ("can_post_messages", true), ("can_edit_messages", true) })
                member[right] = value;
        if (status is "kicked" or "restricted") member["until_date"] = 0;
        if (status == "restricted") member["is_member"] = true;
        if (status == "creator") member["is_anonymous"] = false;
        return member;
    }

    private void RegisterUpdateMethods() => MapAsync("getUpdates", GetUpdatesAsync);

    /// <summary>
    /// Telegram's getUpdates: confirms updates below offset (a negative offset keeps only the last -offset),
    /// returns up to limit pending ones, else holds the request up to timeout seconds; a newer poll ends this one with 409.
    /// allowed_updates is not filtered: tests enqueue only what they mean to deliver.
    /// </summary>
    private async Task<object?> GetUpdatesAsync(BotRequest request, CancellationToken ct)
    {
        var limit = (int)Math.Clamp(request.Long("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, request.Long("timeout") ?? 0));
        var clock = Stopwatch.StartNew();
        var poll = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        TaskCompletionSource? previous;
        lock (_gate)
        {
            (previous, _currentPoll) = (_currentPoll, poll);
            Confirm(request.Long("offset"));
        }
        previous?.TrySetResult();
        Pulse();
        try
        {
            while (true)
            {
                Task changed;
                lock (_gate)
                {
                    if (poll.Task.IsCompleted)
                        throw new BotApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
                    if (_updates.Count > 0 || clock.Elapsed >= timeout) return _updates.Take(limit).Select(u => u.DeepClone()).ToArray();
                    changed = _changed.Task;
                }
                try { await changed.WaitAsync(timeout - clock.Elapsed, ct); }
                catch (TimeoutException) { }
            }
        }
        finally
        {
            lock (_gate)
                if (_currentPoll == poll) _currentPoll = null;
            Pulse();
        }
    }

    private void Confirm(long? offset)
    {
        if (offset is > 0) _updates.RemoveAll(u => (int)u["update_id"]! < offset);
        else if (offset is < 0 && _updates.Count > -offset) _updates.RemoveRange(0, _updates.Count - (int)-offset.Value);
    }
}
