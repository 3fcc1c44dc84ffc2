using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Playground;

/// <summary>Validates a reply_markup the way Telegram does for inline keyboards and flattens its buttons.</summary>
internal static class InlineKeyboard
{
    private static readonly string[] OtherActions =
    [
        "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay",
    ];

    /// <summary>The markup to echo and the inline buttons; other keyboard kinds are echoed with no buttons.</summary>
    public static (JsonNode? Markup, IReadOnlyList<SentButton> Buttons) Read(JsonNode? markup)
    {
        if (markup is null) return (null, []);
        if (markup is not JsonObject obj) throw BotApiError.BadRequest("can't parse reply keyboard markup JSON object");
        if (obj["inline_keyboard"] is not { } keyboard) return (markup, []);
        if (keyboard is not JsonArray rows || rows.Any(r => r is not JsonArray))
            throw BotApiError.BadRequest("can't parse inline keyboard button: field \"inline_keyboard\" must be an Array of Arrays");
        var buttons = new List<SentButton>();
        for (var row = 0; row < rows.Count; row++)
            foreach (var button in rows[row]!.AsArray())
                buttons.Add(Button(row, button as JsonObject));
        return (markup, buttons);
    }

    private static SentButton Button(int row, JsonObject? button)
    {
        if (button is null) throw BotApiError.BadRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
        var text = Text(button, "text");
        if (string.IsNullOrWhiteSpace(text)) throw BotApiError.BadRequest("BUTTON_TEXT_INVALID");
        var url = Text(button, "url");
        var data = Text(button, "callback_data");
        if (url is not null && !IsButtonUrl(url)) throw BotApiError.BadRequest("BUTTON_URL_INVALID");
        // Bot API: callback_data is 1-64 bytes.
        if (data is not null && Encoding.UTF8.GetByteCount(data) is 0 or > 64) throw BotApiError.BadRequest("BUTTON_DATA_INVALID");
        if (url is null && data is null && !OtherActions.Any(button.ContainsKey))
            throw BotApiError.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        return new SentButton(row, text, url, data);
    }

    private static string? Text(JsonObject button, string name) =>
        button[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static bool IsButtonUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme is "tg" || (uri.Scheme is "http" or "https" && uri.Host.Length > 0));
}
