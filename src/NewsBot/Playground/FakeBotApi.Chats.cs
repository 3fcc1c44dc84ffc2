using System.Globalization;

namespace NewsBot.Playground;

/// <summary>A chat as the fake resolves it: numeric id, Telegram type, display title or username.</summary>
internal sealed record ChatInfo(long Id, string Type, string? Title, string? Username)
{
    public bool IsPrivate => Type == "private";

    /// <summary>The chat object Telegram puts into messages.</summary>
    public object ToJson() => IsPrivate
        ? new { Id, Type, FirstName = Title ?? "User", Username }
        : new { Id, Type, Title = Title ?? $"Chat {Id}", Username };
}

public sealed partial class FakeBotApi
{
    private readonly Dictionary<string, long> _usernames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, (string Type, string? Title)> _declared = [];
    private readonly HashSet<long> _blocked = [];
    private readonly HashSet<long> _unknown = [];
    private readonly Dictionary<long, long> _migrated = [];

    /// <summary>
    /// Declares a chat's type ("private", "group", "supergroup", "channel") and title. Undeclared chats are typed by id:
    /// "@name" and -100… are channels, positive ids private, other negative ids groups.
    /// </summary>
    public void SetChat(string chatId, string type, string? title = null)
    {
        lock (_gate) _declared[Resolve(chatId).Id] = (type, title);
    }

    /// <summary>Sends to this chat answer 403: "bot was blocked by the user" (private) or "bot is not a member of the channel chat".</summary>
    public void Block(string chatId) { lock (_gate) _blocked.Add(Resolve(chatId).Id); }

    /// <summary>Lifts <see cref="Block"/>.</summary>
    public void Unblock(string chatId) { lock (_gate) _blocked.Remove(Resolve(chatId).Id); }

    /// <summary>Calls addressing this chat answer 400 "Bad Request: chat not found".</summary>
    public void UnknownChat(string chatId) { lock (_gate) _unknown.Add(Resolve(chatId).Id); }

    /// <summary>Sends to this group answer 400 "group chat was upgraded to a supergroup chat" with migrate_to_chat_id = <paramref name="newId"/>.</summary>
    public void Migrate(string chatId, long newId)
    {
        lock (_gate)
        {
            _migrated[Resolve(chatId).Id] = newId;
            _declared.TryAdd(newId, ("supergroup", null));
        }
    }

    /// <summary>The numeric id the fake gives a chat ("@name" or a number).</summary>
    public long IdOf(string chatId) => Resolve(chatId).Id;

    /// <summary>Resolves a chat_id as sent ("@name" or a number); an unusable one is Telegram's "chat not found".</summary>
    private ChatInfo Resolve(string chatId)
    {
        lock (_gate)
        {
            string? username = null;
            long id;
            if (chatId.StartsWith('@') && chatId.Length > 1)
            {
                username = chatId[1..];
                if (!_usernames.TryGetValue(username, out id)) _usernames[username] = id = -1_002_000_000_000 - _usernames.Count;
            }
            else if (!long.TryParse(chatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out id) || id == 0)
                throw BotApiError.BadRequest("chat not found");
            // Telegram's chat objects carry a public chat's username, however it was addressed.
            username ??= _usernames.FirstOrDefault(u => u.Value == id).Key;
            if (_declared.TryGetValue(id, out var declared)) return new ChatInfo(id, declared.Type, declared.Title ?? username, username);
            var type = username is not null || chatId.StartsWith("-100", StringComparison.Ordinal) ? "channel" : id > 0 ? "private" : "group";
            return new ChatInfo(id, type, username, username);
        }
    }

    /// <summary>Resolves the request's chat_id and applies the scripted chat states, in Telegram's precedence.</summary>
    private ChatInfo ReachableChat(BotRequest request)
    {
        var chat = Resolve(request.Required("chat_id"));
        lock (_gate)
        {
            if (_unknown.Contains(chat.Id)) throw BotApiError.BadRequest("chat not found");
            if (_migrated.TryGetValue(chat.Id, out var newId))
                throw new BotApiError(400, "Bad Request: group chat was upgraded to a supergroup chat", migrateToChatId: newId);
            if (_blocked.Contains(chat.Id)) throw new BotApiError(403, "Forbidden: " + BlockedReason(chat.Type));
        }
        return chat;
    }

    private static string BlockedReason(string type) => type switch
    {
        "private" => "bot was blocked by the user",
        "channel" => "bot is not a member of the channel chat",
        "supergroup" => "bot was kicked from the supergroup chat",
        _ => "bot was kicked from the group chat",
    };
}
