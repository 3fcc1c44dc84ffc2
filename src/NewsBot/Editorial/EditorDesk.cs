using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Commands;
using NewsBot.Storage;
using Telegram.Bot.Types;

namespace NewsBot.Editorial;

/// <summary>What every editor command and button shares: the editor's texts, the audit log, replies through the one reply sender
/// and times shown in Publishing:TimeZone. (Who may act is the router's check: every editor feature is EditorsOnly.)</summary>
public sealed class EditorDesk(Replier replier, InterfaceLanguage languages, INewsroom newsroom, PublishingClock clock, IOptions<TelegramOptions> telegram, ILogger<EditorDesk> log)
{
    public DateTime Now => clock.Now;

    public PublishingClock Clock => clock;

    public IReadOnlyList<long> Editors => telegram.Value.Editors;

    public Replier Replier => replier;

    public EditorReplies.Texts TextsFor(Command command) => EditorReplies.For(languages.For(command.ChatId, command.LanguageCode));

    public EditorReplies.Texts TextsFor(CallbackQuery query) => EditorReplies.For(languages.For(query.From.Id, query.From.LanguageCode));

    /// <summary>An editor's texts in the language they last wrote in (English until then), for messages the bot starts.</summary>
    public EditorReplies.Texts TextsFor(long editorId) => EditorReplies.For(languages.For(editorId));

    /// <summary>Writes an editor's action to the audit log.</summary>
    public void Record(long userId, string action, string detail)
    {
        newsroom.Audit(new AuditRecord { At = Now, UserId = userId, Action = action, Detail = detail, Allowed = true });
        log.LogInformation("Editor {UserId}: {Action} {Detail}", userId, action, detail);
    }

    /// <summary>A plain-text reply to the editor's chat.</summary>
    public Task ReplyAsync(Command command, string text, CancellationToken ct) => replier.SendTextAsync(command.ChatId, text, ct);

    /// <summary>The usage line of a command.</summary>
    public Task UsageAsync(Command command, EditorReplies.Texts t, string usage, CancellationToken ct) =>
        ReplyAsync(command, string.Format(t.Usage, usage), ct);

    public Task AnswerAsync(CallbackQuery query, string? text, CancellationToken ct, bool alert = false) => replier.AnswerButtonAsync(query, text, ct, alert);

    public string Show(DateTime utc) => clock.Show(utc);

    /// <summary>A display name for "decided by": @username, else the first name.</summary>
    public static string NameOf(User user) => user.Username is { } u ? "@" + u : user.FirstName;
}
