namespace NewsBot.Playground;

/// <summary>Who the playground's visitor writes as: the reader or the editor, with the Telegram language their client reports.</summary>
public sealed record Visitor(bool IsEditor, string Language)
{
    public long Id => IsEditor ? PlaygroundMode.EditorId : PlaygroundMode.ReaderId;

    public string Role => IsEditor ? "editor" : "reader";

    public static Visitor From(string? role, string language) => new(role == "editor", language);
}

/// <summary>A message the visitor wrote to the bot.</summary>
public sealed record Written(long ChatId, int MessageId, string Text, DateTimeOffset At);

/// <summary>A button the visitor pressed under one of the bot's messages.</summary>
public sealed record Pressed(long ChatId, int MessageId, string QueryId, string Label);

/// <summary>The visitor's side of the bot's private chats, as a Telegram client keeps it: what was written and which buttons were
/// pressed. Each goes to the emulator as the update Telegram would send the bot.</summary>
public sealed class PlaygroundChat(PlaygroundMode mode, TimeProvider time)
{
    /// <summary>Telegram's limit for one message's text.</summary>
    public const int MaxLength = 4096;

    private readonly Lock _gate = new();
    private readonly List<Written> _written = [];
    private readonly List<Pressed> _pressed = [];

    /// <summary>How many things the visitor did; the page's version changes with it.</summary>
    public int Count { get { lock (_gate) return _written.Count + _pressed.Count; } }

    /// <summary>The visitor writes <paramref name="text"/>; false when it is empty or too long to send.</summary>
    public bool Say(Visitor visitor, string? text)
    {
        text = text?.Trim() ?? "";
        if (text.Length is 0 or > MaxLength) return false;
        lock (_gate)
        {
            var id = mode.Api.EnqueueMessage(visitor.Id, text, visitor.Id, visitor.Language);
            _written.Add(new Written(visitor.Id, id, text, time.GetUtcNow()));
        }
        return true;
    }

    /// <summary>The visitor presses the button with <paramref name="data"/> under message <paramref name="messageId"/> of their chat;
    /// false when that message has no such button (only the buttons the bot sent can be pressed, as in Telegram).</summary>
    public bool Press(Visitor visitor, int messageId, string? data)
    {
        var chat = visitor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var button = mode.Api.Current(chat, messageId)?.Buttons.FirstOrDefault(b => b.CallbackData is not null && b.CallbackData == data);
        if (button is null) return false;
        lock (_gate)
        {
            var query = mode.Api.EnqueueCallback(visitor.Id, visitor.Id, messageId, button.CallbackData!);
            _pressed.Add(new Pressed(visitor.Id, messageId, query, button.Text));
        }
        return true;
    }

    public IReadOnlyList<Written> WrittenIn(long chatId) { lock (_gate) return _written.Where(w => w.ChatId == chatId).ToList(); }

    public IReadOnlyList<Pressed> PressedIn(long chatId) { lock (_gate) return _pressed.Where(p => p.ChatId == chatId).ToList(); }
}
