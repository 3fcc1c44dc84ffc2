namespace NewsBot.Playground;

public sealed partial class FakeBotApi
{
    private readonly Dictionary<long, HashSet<int>> _topics = [];
    private readonly Dictionary<long, HashSet<int>> _pinned = [];
    private readonly List<(string ChatId, int MessageId, bool Pin, bool Silent)> _pins = [];

    /// <summary>Declares a supergroup with topics (a forum) and the ids of its topics; sends may carry message_thread_id of one of them.</summary>
    public void SetForum(string chatId, string? title = null, params int[] topics)
    {
        SetChat(chatId, "supergroup", title);
        lock (_gate) _topics[Resolve(chatId).Id] = [.. topics];
    }

    /// <summary>The ids of the messages pinned in a chat now.</summary>
    public IReadOnlyList<int> PinnedIn(string chatId)
    {
        lock (_gate) return _pinned.GetValueOrDefault(Resolve(chatId).Id)?.Order().ToList() ?? [];
    }

    /// <summary>Every accepted pinChatMessage (Pin) and unpinChatMessage (!Pin), in order, with disable_notification.</summary>
    public IReadOnlyList<(string ChatId, int MessageId, bool Pin, bool Silent)> Pins { get { lock (_gate) return [.. _pins]; } }

    private void RegisterTopicMethods()
    {
        Map("pinChatMessage", r => PinOrUnpin(r, pin: true));
        Map("unpinChatMessage", r => PinOrUnpin(r, pin: false));
    }

    /// <summary>message_thread_id must name a topic of a forum: a chat without topics, or a topic it does not have, is "message thread not found".</summary>
    private void CheckTopic(ChatInfo chat, BotRequest request)
    {
        if (request.Long("message_thread_id") is not { } topic) return;
        lock (_gate)
            if (!_topics.TryGetValue(chat.Id, out var topics) || !topics.Contains((int)topic))
                throw BotApiError.BadRequest("message thread not found");
    }

    /// <summary>Pins or unpins a message that exists in the chat (Telegram: "message to pin not found"); unpinning one not pinned is fine.</summary>
    private object PinOrUnpin(BotRequest request, bool pin)
    {
        var chat = ReachableChat(request);
        var id = request.RequiredInt("message_id");
        lock (_gate)
        {
            if (!_messages.ContainsKey((chat.Id, id))) throw BotApiError.BadRequest($"message to {(pin ? "pin" : "unpin")} not found");
            if (!_pinned.TryGetValue(chat.Id, out var pinned)) _pinned[chat.Id] = pinned = [];
            if (pin) pinned.Add(id);
            else pinned.Remove(id);
            _pins.Add((request.Required("chat_id"), id, pin, request.Bool("disable_notification")));
            Pulse();
        }
        return true;
    }
}
