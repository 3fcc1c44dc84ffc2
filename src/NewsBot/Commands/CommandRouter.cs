using Microsoft.Extensions.Logging;
using NewsBot.Storage;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Commands;

/// <summary>Hands each update to the feature that owns it: commands (private chats, or groups when addressed), buttons by prefix,
/// membership changes to all. An editors-only feature is refused here to everyone else, and the attempt is written to the audit log.</summary>
public sealed class CommandRouter(
    Replier replier,
    BotIdentity identity,
    IEnumerable<IBotFeature> features,
    InterfaceLanguage languages,
    BotMenu menu,
    INewsroom newsroom,
    TimeProvider time,
    ILogger<CommandRouter> log)
{
    public async Task HandleAsync(Update update, CancellationToken ct)
    {
        if (update.Message is { } message) await OnMessageAsync(message, ct);
        else if (update.CallbackQuery is { } query) await OnCallbackAsync(query, ct);
        else if (update.MyChatMember is { } member)
            foreach (var feature in features) await feature.OnMembershipAsync(member, ct);
    }

    private async Task OnMessageAsync(Message message, CancellationToken ct)
    {
        if (message.Text is not { } text) return;
        var addressed = IsReplyToBot(message) ? ChatType.Private : message.Chat.Type;
        if (ParseCommand(text, addressed, identity.Username) is not { } name) return;
        var command = new Command(name, Arguments(text), message);
        log.LogDebug("Command /{Command} in chat {ChatId}", name, message.Chat.Id);
        var language = languages.For(command.ChatId, command.LanguageCode);
        if (features.FirstOrDefault(f => f.Commands.Contains(name)) is { } feature)
        {
            if (feature.EditorsOnly && !menu.IsEditor(command.UserId))
            {
                Refused(command.UserId ?? 0, "/" + name);
                await replier.SendTextAsync(command.ChatId, CommandTexts.For(language).NotEditor, ct);
                return;
            }
            await feature.OnCommandAsync(command, ct);
            return;
        }
        var reply = name == "help" ? menu.HelpText(language, command.UserId) : CommandTexts.For(language).Unknown;
        await replier.SendTextAsync(message.Chat.Id, reply, ct);
    }

    private async Task OnCallbackAsync(CallbackQuery query, CancellationToken ct)
    {
        var data = query.Data ?? "";
        var language = languages.For(query.From.Id, query.From.LanguageCode);
        if (features.FirstOrDefault(f => f.CallbackPrefix is { } p && data.StartsWith(p, StringComparison.Ordinal)) is { } feature)
        {
            if (feature.EditorsOnly && !menu.IsEditor(query.From.Id))
            {
                Refused(query.From.Id, "button " + data);
                await replier.AnswerButtonAsync(query, CommandTexts.For(language).NotEditorButton, ct, alert: true);
                return;
            }
            await feature.OnCallbackAsync(query, ct);
            return;
        }
        await replier.AnswerButtonAsync(query, CommandTexts.For(language).ExpiredButton, ct);
    }

    private void Refused(long userId, string what)
    {
        newsroom.AuditRefused(userId, what, time.GetUtcNow().UtcDateTime);
        log.LogWarning("User {UserId} is not an editor; {Attempt} was refused", userId, what);
    }

    /// <summary>In a group, a command in reply to one of the bot's messages is addressed to it.</summary>
    private bool IsReplyToBot(Message message) =>
        message.ReplyToMessage?.From is { IsBot: true, Username: { } name } && name.Equals(identity.Username, StringComparison.OrdinalIgnoreCase);

    /// <summary>The command name, lower case, or null when the text is no command for this bot.</summary>
    public static string? ParseCommand(string text, ChatType chatType, string? botUsername)
    {
        if (!text.StartsWith('/') || text.Length < 2) return null;
        var word = text[1..].Split([' ', '\n', '\t'], 2)[0];
        var at = word.IndexOf('@');
        if (at >= 0)
        {
            var target = word[(at + 1)..];
            if (botUsername is null || !target.Equals(botUsername, StringComparison.OrdinalIgnoreCase)) return null;
            word = word[..at];
        }
        else if (chatType is not ChatType.Private) return null;
        return word.Length is > 0 and <= 32 ? word.ToLowerInvariant() : null;
    }

    /// <summary>What follows the command word, trimmed.</summary>
    public static string Arguments(string text)
    {
        var space = text.IndexOfAny([' ', '\n', '\t']);
        return space < 0 ? "" : text[(space + 1)..].Trim();
    }
}
