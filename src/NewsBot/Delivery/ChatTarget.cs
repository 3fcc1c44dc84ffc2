using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Delivery;

/// <summary>A configured target (SPEC §2): "@username" or a numeric chat id, optionally ":TOPIC", a forum topic (message_thread_id) of a
/// supergroup with topics, e.g. "-1001234567890:9". Parsed at start (a bad one stops the service) and when deliveries are made. Pure.</summary>
public sealed partial record ChatTarget(string Chat, int? Topic)
{
    [GeneratedRegex(@"^(@[A-Za-z][A-Za-z0-9_]{3,31}|-?[0-9]{1,16})$", RegexOptions.NonBacktracking)]
    private static partial Regex ChatShape();

    /// <summary>The target, or null when the text is not one.</summary>
    public static ChatTarget? Parse(string? text)
    {
        var value = text?.Trim() ?? "";
        var colon = value.LastIndexOf(':');
        var chat = colon < 0 ? value : value[..colon];
        if (!ChatShape().IsMatch(chat)) return null;
        if (colon < 0) return new ChatTarget(chat, null);
        var topic = value[(colon + 1)..];
        return topic.Length is > 0 and <= 10 && topic.All(char.IsAsciiDigit)
            && int.TryParse(topic, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? new ChatTarget(chat, id) : null;
    }

    public override string ToString() => Topic is { } t ? $"{Chat}:{t.ToString(CultureInfo.InvariantCulture)}" : Chat;
}
