using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsBot.Playground;

public sealed partial class FakeBotApi
{
    private readonly Dictionary<string, List<RegisteredCommand>> _commands = [];
    private readonly List<CallbackAnswer> _answers = [];
    private readonly HashSet<string> _openQueries = [];

    /// <summary>Callback queries the bot answered, in order.</summary>
    public IReadOnlyList<CallbackAnswer> CallbackAnswers { get { lock (_gate) return [.. _answers]; } }

    /// <summary>
    /// The menu registered by setMyCommands for a scope and language. Scope keys: "default", "all_private_chats",
    /// "all_group_chats", "all_chat_administrators", "chat:ID", "chat_administrators:ID", "chat_member:ID:USER".
    /// </summary>
    public IReadOnlyList<RegisteredCommand> CommandsFor(string scope = "default", string? languageCode = null)
    {
        lock (_gate) return _commands.TryGetValue(CommandsKey(scope, languageCode), out var list) ? [.. list] : [];
    }

    /// <summary>Every "scope|language" key that currently has a menu, e.g. "default|uk", "chat:42|".</summary>
    public IReadOnlyList<string> CommandScopes { get { lock (_gate) return [.. _commands.Keys.Order()]; } }

    private static object BotUser() => new { Id = BotId, IsBot = true, FirstName = "News Test Bot", Username = BotUsername };

    private void RegisterBotMethods()
    {
        Map("getMe", _ => new
        {
            Id = BotId, IsBot = true, FirstName = "News Test Bot", Username = BotUsername,
            CanJoinGroups = true, CanReadAllGroupMessages = false, SupportsInlineQueries = false,
        });
        Map("getChat", GetChat);
        Map("getChatMember", GetChatMember);
        Map("sendChatAction", r => ReachableChat(r) is not null);
        Map("setMyCommands", SetMyCommands);
        Map("getMyCommands", r => { lock (_gate) return _commands.GetValueOrDefault(CommandsKey(r)) ?? []; });
        Map("deleteMyCommands", r => { lock (_gate) return _commands.Remove(CommandsKey(r)) || true; });
        Map("answerCallbackQuery", AnswerCallbackQuery);
        Map("deleteWebhook", _ => true);
        Map("getWebhookInfo", _ => { lock (_gate) return new { Url = "", HasCustomCertificate = false, PendingUpdateCount = _updates.Count }; });
    }

    private object GetChat(BotRequest request)
    {
        var chat = Resolve(request.Required("chat_id"));
        lock (_gate)
        {
            if (_unknown.Contains(chat.Id)) throw BotApiError.BadRequest("chat not found");
            if (_blocked.Contains(chat.Id) && !chat.IsPrivate) throw new BotApiError(403, "Forbidden: " + BlockedReason(chat.Type));
        }
        var info = ToNode(chat.ToJson());
        info["accent_color_id"] = 0;
        info["max_reaction_count"] = 11;
        info["accepted_gift_types"] = new JsonObject
        {
            ["unlimited_gifts"] = false, ["limited_gifts"] = false, ["unique_gifts"] = false, ["premium_subscription"] = false,
        };
        return info;
    }

    private readonly Dictionary<(long Chat, long User), string> _memberStatus = [];

    /// <summary>A user's status in a group ("member", "administrator", "creator", "left"); users not set are administrators of groups.</summary>
    public void SetMember(long chatId, long userId, string status) { lock (_gate) _memberStatus[(chatId, userId)] = status; }

    private object GetChatMember(BotRequest request)
    {
        var chat = Resolve(request.Required("chat_id"));
        var userId = long.Parse(request.Required("user_id"), System.Globalization.CultureInfo.InvariantCulture);
        string status;
        lock (_gate) status = _memberStatus.GetValueOrDefault((chat.Id, userId), chat.IsPrivate ? "member" : "administrator");
        var member = new JsonObject { ["status"] = status, ["user"] = ToNode(UserJson(userId, "en")) };
        if (status == "administrator")
            foreach (var right in new[] { "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
                "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories",
                "can_delete_stories" })
                member[right] = false;
        if (status == "creator") member["is_anonymous"] = false;
        return member;
    }

    private static JsonObject ToNode(object value) => System.Text.Json.JsonSerializer.SerializeToNode(value, Json)!.AsObject();

    private object SetMyCommands(BotRequest request)
    {
        if (request.Node("commands") is not JsonArray array) throw BotApiError.BadRequest("commands is empty");
        if (array.Count > 100) throw BotApiError.BadRequest("too many commands");
        var list = array.Select(c => new RegisteredCommand(c?["command"]?.ToString() ?? "", c?["description"]?.ToString() ?? "")).ToList();
        // Bot API: command is 1-32 chars of lowercase letters, digits and underscores; description 1-256 chars.
        if (list.Any(c => !Regex.IsMatch(c.Command, "^[a-z0-9_]{1,32}$"))) throw BotApiError.BadRequest("BOT_COMMAND_INVALID");
        if (list.Any(c => c.Description.Trim().Length is 0 or > 256)) throw BotApiError.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
        lock (_gate) _commands[CommandsKey(request)] = list;
        return true;
    }

    private static string CommandsKey(BotRequest request)
    {
        var scope = request.Node("scope") as JsonObject;
        var type = scope?["type"]?.ToString() ?? "default";
        var chat = scope?["chat_id"]?.ToString();
        var user = scope?["user_id"]?.ToString();
        var key = string.Join(':', new[] { type, chat, user }.Where(p => p is not null));
        return CommandsKey(key, request.String("language_code"));
    }

    private static string CommandsKey(string scope, string? languageCode) => $"{scope}|{languageCode}";

    private object AnswerCallbackQuery(BotRequest request)
    {
        var id = request.Required("callback_query_id");
        lock (_gate)
        {
            if (!_openQueries.Remove(id))
                throw BotApiError.BadRequest("query is too old and response timeout expired or query ID is invalid");
            _answers.Add(new CallbackAnswer(id, request.String("text"), request.Bool("show_alert")));
        }
        return true;
    }
}
