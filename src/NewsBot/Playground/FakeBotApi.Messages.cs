using System.Text.Json.Nodes;

namespace NewsBot.Playground;

public sealed partial class FakeBotApi
{
    /// <summary>A message the fake knows about: its current version, keyboard and entities.</summary>
    private sealed record Stored(ChatInfo Chat, SentMessage Version, JsonNode? Markup, IReadOnlyList<TextEntity> Entities, bool FromBot, DateTimeOffset Date)
    {
        public bool IsPhoto => Version.PhotoUrl is not null;
    }

    private readonly List<SentMessage> _sent = [];
    private readonly List<SentMessage> _edits = [];
    private readonly List<SentMessage> _deleted = [];
    private readonly Dictionary<(long Chat, int Id), Stored> _messages = [];
    private int _lastMessageId = 100;

    /// <summary>Messages accepted by sendMessage/sendPhoto, in order (a snapshot).</summary>
    public IReadOnlyList<SentMessage> Sent { get { lock (_gate) return [.. _sent]; } }

    /// <summary>Accepted edits (editMessageText/Caption/Media/ReplyMarkup), each the message's new version.</summary>
    public IReadOnlyList<SentMessage> Edits { get { lock (_gate) return [.. _edits]; } }

    /// <summary>Messages removed by deleteMessage, as they were last.</summary>
    public IReadOnlyList<SentMessage> Deleted { get { lock (_gate) return [.. _deleted]; } }

    /// <summary>The current version of a bot message (after edits), or null if unknown or deleted.</summary>
    public SentMessage? Current(string chatId, int messageId)
    {
        lock (_gate) return _messages.GetValueOrDefault((Resolve(chatId).Id, messageId)) is { FromBot: true } m ? m.Version : null;
    }

    private void RegisterMessageMethods()
    {
        Map("sendMessage", SendMessage);
        Map("sendPhoto", SendPhoto);
        Map("editMessageText", r => Edit(r, "editMessageText"));
        Map("editMessageCaption", r => Edit(r, "editMessageCaption"));
        Map("editMessageReplyMarkup", r => Edit(r, "editMessageReplyMarkup"));
        Map("editMessageMedia", EditMedia);
        Map("deleteMessage", DeleteMessage);
    }

    private object SendMessage(BotRequest request)
    {
        var chat = ReachableChat(request);
        CheckTopic(chat, request);
        var parsed = ParseText(request, "text");
        var (markup, buttons) = InlineKeyboard.Read(request.Node("reply_markup"));
        return Accept(request, chat, "sendMessage", parsed, null, markup, buttons);
    }

    private object SendPhoto(BotRequest request)
    {
        var chat = ReachableChat(request);
        CheckTopic(chat, request);
        var photo = CheckPhoto(request.Required("photo"));
        var parsed = ParseCaption(request);
        var (markup, buttons) = InlineKeyboard.Read(request.Node("reply_markup"));
        return Accept(request, chat, "sendPhoto", parsed, photo, markup, buttons);
    }

    private object Accept(BotRequest request, ChatInfo chat, string method, HtmlCheck parsed, string? photo, JsonNode? markup, IReadOnlyList<SentButton> buttons)
    {
        var paid = request.Bool("allow_paid_broadcast");
        lock (_gate)
        {
            TakeFloodSlot(chat, paid);
            var now = Time.GetUtcNow();
            var version = new SentMessage(request.Required("chat_id"), ++_lastMessageId, method,
                photo is null ? request.String("text") : null, photo is null ? null : request.String("caption"), photo,
                request.String("parse_mode"), buttons, parsed.Text, paid, now, request.Parameters.ToJsonString())
            {
                ThreadId = (int?)request.Long("message_thread_id"), Silent = request.Bool("disable_notification"),
            };
            var stored = new Stored(chat, version, Copy(markup), parsed.Entities, true, now);
            _messages[(chat.Id, version.MessageId)] = stored;
            _sent.Add(version);
            Pulse();
            return MessageJson(stored);
        }
    }

    private object Edit(BotRequest request, string method)
    {
        if (request.Has("inline_message_id")) throw BotApiError.BadRequest("inline messages are not supported by the fake");
        var chat = ReachableChat(request);
        var id = request.RequiredInt("message_id");
        var old = FindEditable(chat, id);
        var parsed = method switch
        {
            "editMessageText" when old.IsPhoto => throw BotApiError.BadRequest("there is no text in the message to edit"),
            "editMessageCaption" when !old.IsPhoto => throw BotApiError.BadRequest("there is no caption in the message to edit"),
            "editMessageText" => ParseText(request, "text"),
            "editMessageCaption" => ParseCaption(request),
            _ => new HtmlCheck(old.Version.VisibleText, old.Entities, null),
        };
        var (markup, buttons) = InlineKeyboard.Read(request.Node("reply_markup"));
        if (parsed.Text == old.Version.VisibleText && parsed.Entities.SequenceEqual(old.Entities) && JsonNode.DeepEquals(markup, old.Markup))
            throw BotApiError.BadRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
        var version = old.Version with
        {
            Method = method, Buttons = buttons, VisibleText = parsed.Text, At = Time.GetUtcNow(), Json = request.Parameters.ToJsonString(),
            Text = method == "editMessageText" ? request.String("text") : old.Version.Text,
            Caption = method == "editMessageCaption" ? request.String("caption") : old.Version.Caption,
            ParseMode = method == "editMessageReplyMarkup" ? old.Version.ParseMode : request.String("parse_mode"),
        };
        var stored = old with { Version = version, Markup = Copy(markup), Entities = parsed.Entities };
        lock (_gate)
        {
            _messages[(chat.Id, id)] = stored;
            _edits.Add(version);
            Pulse();
        }
        return MessageJson(stored, edited: true);
    }

    /// <summary>editMessageMedia with an InputMediaPhoto: a photo message gets the new photo and caption; a text message gets the
    /// photo added (Bot API 9: "or to add media to text messages"). The same photo, caption and keyboard is "message is not modified".</summary>
    private object EditMedia(BotRequest request)
    {
        if (request.Has("inline_message_id")) throw BotApiError.BadRequest("inline messages are not supported by the fake");
        var chat = ReachableChat(request);
        var id = request.RequiredInt("message_id");
        var old = FindEditable(chat, id);
        if (request.Node("media") is not JsonObject media) throw BotApiError.BadRequest("media is empty");
        if (media["type"]?.ToString() != "photo") throw BotApiError.BadRequest("the fake edits photos only");
        var photo = CheckPhoto(media["media"]?.ToString() ?? "");
        var parsed = Parse(media["caption"]?.ToString() ?? "", media["parse_mode"]?.ToString());
        if (parsed.Text.Length > 1024) throw BotApiError.BadRequest("message caption is too long");
        var (markup, buttons) = InlineKeyboard.Read(request.Node("reply_markup"));
        if (photo == old.Version.PhotoUrl && parsed.Text == old.Version.VisibleText && parsed.Entities.SequenceEqual(old.Entities) && JsonNode.DeepEquals(markup, old.Markup))
            throw BotApiError.BadRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
        var version = old.Version with
        {
            Method = "editMessageMedia", Buttons = buttons, VisibleText = parsed.Text, At = Time.GetUtcNow(), Json = request.Parameters.ToJsonString(),
            Text = null, Caption = media["caption"]?.ToString(), PhotoUrl = photo, ParseMode = media["parse_mode"]?.ToString(),
        };
        var stored = old with { Version = version, Markup = Copy(markup), Entities = parsed.Entities };
        lock (_gate)
        {
            _messages[(chat.Id, id)] = stored;
            _edits.Add(version);
            Pulse();
        }
        return MessageJson(stored, edited: true);
    }

    private Stored FindEditable(ChatInfo chat, int id)
    {
        lock (_gate)
        {
            if (!_messages.TryGetValue((chat.Id, id), out var old)) throw BotApiError.BadRequest("message to edit not found");
            return old.FromBot ? old : throw BotApiError.BadRequest("message can't be edited");
        }
    }

    private object DeleteMessage(BotRequest request)
    {
        var chat = ReachableChat(request);
        var id = request.RequiredInt("message_id");
        lock (_gate)
        {
            if (!_messages.Remove((chat.Id, id), out var old)) throw BotApiError.BadRequest("message to delete not found");
            _deleted.Add(old.Version);
            _pinned.GetValueOrDefault(chat.Id)?.Remove(id);
            Pulse();
        }
        return true;
    }

    /// <summary>Text after parsing: empty → "message text is empty"; over 4096 UTF-16 units → "message is too long".</summary>
    private static HtmlCheck ParseText(BotRequest request, string name)
    {
        var parsed = Parse(request.String(name) ?? "", request.String("parse_mode"));
        if (string.IsNullOrWhiteSpace(parsed.Text)) throw BotApiError.BadRequest("message text is empty");
        if (parsed.Text.Length > 4096) throw BotApiError.BadRequest("message is too long");
        return parsed;
    }

    /// <summary>Caption after parsing: over 1024 UTF-16 units → "message caption is too long".</summary>
    private static HtmlCheck ParseCaption(BotRequest request)
    {
        var parsed = Parse(request.String("caption") ?? "", request.String("parse_mode"));
        if (parsed.Text.Length > 1024) throw BotApiError.BadRequest("message caption is too long");
        return parsed;
    }

    /// <summary>HTML is checked strictly; Markdown modes are accepted unchecked (NewsBot sends HTML); anything else is refused.</summary>
    private static HtmlCheck Parse(string text, string? parseMode) => parseMode switch
    {
        null or "" => new HtmlCheck(text, [], null),
        _ when parseMode.Equals("HTML", StringComparison.OrdinalIgnoreCase) => CheckHtml(text),
        _ when parseMode.StartsWith("Markdown", StringComparison.OrdinalIgnoreCase) => new HtmlCheck(text, [], null),
        _ => throw BotApiError.BadRequest("unsupported parse_mode"),
    };

    private static HtmlCheck CheckHtml(string text)
    {
        var check = HtmlChecker.Check(text);
        return check.Ok ? check : throw BotApiError.BadRequest("can't parse entities: " + check.Error);
    }

    private string CheckPhoto(string photo)
    {
        lock (_gate)
            if (_rejectedPhotos.Contains(photo)) throw BotApiError.BadRequest("failed to get HTTP URL content");
        var isUrl = Uri.TryCreate(photo, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;
        var isFileId = !photo.Contains("://", StringComparison.Ordinal) && !photo.Contains(' ', StringComparison.Ordinal);
        return isUrl || isFileId ? photo : throw BotApiError.BadRequest("wrong file identifier/HTTP URL specified");
    }

    private object MessageJson(Stored m, bool edited = false)
    {
        var channel = m.Chat.Type == "channel";
        var entities = m.Entities.Count == 0 ? null : m.Entities.Select(e => new { e.Type, e.Offset, e.Length, e.Url, e.Language, e.CustomEmojiId }).ToArray();
        return new
        {
            MessageId = m.Version.MessageId,
            From = channel ? null : (m.FromBot ? BotUser() : null),
            SenderChat = channel ? m.Chat.ToJson() : null,
            Chat = m.Chat.ToJson(),
            Date = m.Date.ToUnixTimeSeconds(),
            EditDate = edited ? Time.GetUtcNow().ToUnixTimeSeconds() : (long?)null,
            Text = m.IsPhoto ? null : m.Version.VisibleText,
            Entities = m.IsPhoto ? null : entities,
            Caption = m.IsPhoto && m.Version.VisibleText.Length > 0 ? m.Version.VisibleText : null,
            CaptionEntities = m.IsPhoto ? entities : null,
            Photo = m.IsPhoto ? PhotoSizes(m.Version.MessageId) : null,
            ReplyMarkup = Copy(m.Markup),
        };
    }

    private static object[] PhotoSizes(int messageId) =>
    [
        new { FileId = $"photo-{messageId}-s", FileUniqueId = $"u{messageId}s", Width = 90, Height = 60, FileSize = 1_500 },
        new { FileId = $"photo-{messageId}-m", FileUniqueId = $"u{messageId}m", Width = 800, Height = 533, FileSize = 48_000 },
    ];
}
