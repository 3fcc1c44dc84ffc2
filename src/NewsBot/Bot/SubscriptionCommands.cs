using Microsoft.Extensions.Options;
using NewsBot.Commands;
using NewsBot.Posts;
using NewsBot.Storage;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Bot;

/// <summary>/sections (with toggle buttons), /subscribe, /unsubscribe and /digest: what arrives, and when.</summary>
public sealed class SubscriptionCommands(
    IReaders readers, IArticles articles, ChatAdmins admins, Replier replier, InterfaceLanguage languages, IOptions<PublishingOptions> publishing, TimeProvider time) : IBotFeature
{
    /// <summary>Buttons beyond this many would make the keyboard unusable.</summary>
    private const int MostButtons = 50;

    public IReadOnlyCollection<string> Commands { get; } = ["sections", "subscribe", "unsubscribe", "digest"];

    public string? CallbackPrefix => "sub:";

    public IEnumerable<BotCommand> Menu(string language)
    {
        var t = Replies.For(language);
        return
        [
            new BotCommand { Command = "sections", Description = t.SectionsMenu },
            new BotCommand { Command = "subscribe", Description = t.SubscribeMenu },
            new BotCommand { Command = "unsubscribe", Description = t.UnsubscribeMenu },
            new BotCommand { Command = "digest", Description = t.DigestMenu },
        ];
    }

    public async Task OnCommandAsync(Command command, CancellationToken ct)
    {
        var t = Replies.For(languages.For(command.ChatId, command.LanguageCode));
        if (command.Name != "sections" && !await admins.MayChangeAsync(command, ct))
        {
            await replier.SendAsync(command.ChatId, Replies.Fill(t.GroupAdminsOnly), null, ct);
            return;
        }
        await (command.Name switch
        {
            "sections" => SectionsAsync(command, t, ct),
            "subscribe" => SubscribeAsync(command, t, ct),
            "unsubscribe" => UnsubscribeAsync(command, t, ct),
            _ => DigestAsync(command, t, ct),
        });
    }

    public async Task OnCallbackAsync(CallbackQuery query, CancellationToken ct)
    {
        var language = languages.For(query.From.Id, query.From.LanguageCode);
        var t = Replies.For(language);
        if (query.Message is not { } message || ReaderInput.ToggledSection(query.Data ?? "") is not { } id || articles.GetSection(id) is not { } section)
        {
            await replier.AnswerButtonAsync(query, CommandTexts.For(language).ExpiredButton, ct);
            return;
        }
        if (!await admins.MayChangeAsync(message.Chat.Id, message.Chat.Type != ChatType.Private, query.From.Id, ct))
        {
            await replier.AnswerButtonAsync(query, t.GroupAdminsOnly, ct, alert: true);
            return;
        }
        var fresh = readers.Get(message.Chat.Id) is not { Active: true };
        Reader(message.Chat.Id, message.Chat.Type, query.From.LanguageCode);
        var on = false;
        readers.Change(message.Chat.Id, r =>
        {
            if (fresh) r.Sections = [];
            on = Toggle(r, id);
        }, Now);
        await replier.AnswerButtonAsync(query, string.Format(on ? t.Subscribed : t.Unsubscribed, section.Name), ct);
        await replier.EditButtonsAsync(message, Buttons(readers.Get(message.Chat.Id)), ct);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private Task SectionsAsync(Command command, Replies.Texts t, CancellationToken ct)
    {
        var reader = readers.Get(command.ChatId);
        var buttons = Buttons(reader);
        return replier.SendAsync(command.ChatId, Replies.Fill(buttons is null ? t.NoSections : t.SectionsHeader), buttons, ct);
    }

    private Task SubscribeAsync(Command command, Replies.Texts t, CancellationToken ct)
    {
        if (command.Args.Length == 0 || command.Args.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            Reader(command);
            readers.Change(command.ChatId, r => r.Sections = null, Now);
            return replier.SendAsync(command.ChatId, Replies.Fill(t.SubscribedAll), null, ct);
        }
        if (articles.FindSection(command.Args) is not { } section) return UnknownAsync(command, t, t.SubscribeUsage, ct);
        var fresh = readers.Get(command.ChatId) is not { Active: true };
        Reader(command);
        readers.Change(command.ChatId, r =>
        {
            if (fresh) r.Sections = [];
            if (r.Sections is { } list && !list.Contains(section.Id)) list.Add(section.Id);
        }, Now);
        return replier.SendAsync(command.ChatId, Replies.Fill(t.Subscribed, section.Name), null, ct);
    }

    private Task UnsubscribeAsync(Command command, Replies.Texts t, CancellationToken ct)
    {
        if (command.Args.Length == 0) return replier.SendAsync(command.ChatId, Replies.Fill(t.UnsubscribeUsage), null, ct);
        if (command.Args.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            readers.Change(command.ChatId, r => r.Sections = [], Now);
            return replier.SendAsync(command.ChatId, Replies.Fill(t.UnsubscribedAll), null, ct);
        }
        if (articles.FindSection(command.Args) is not { } section) return UnknownAsync(command, t, t.UnsubscribeUsage, ct);
        readers.Change(command.ChatId, r => r.Sections = Without(r.Sections, section.Id), Now);
        return replier.SendAsync(command.ChatId, Replies.Fill(t.Unsubscribed, section.Name), null, ct);
    }

    private Task DigestAsync(Command command, Replies.Texts t, CancellationToken ct)
    {
        if (ReaderInput.Digest(command.Args) is not { } minute) return replier.SendAsync(command.ChatId, Replies.Fill(t.DigestUsage), null, ct);
        Reader(command);
        readers.Change(command.ChatId, r => r.DigestMinute = minute < 0 ? null : minute, Now);
        var reply = minute < 0 ? Replies.Fill(t.DigestOff) : Replies.Fill(t.DigestOn, ReaderInput.Clock(minute), publishing.Value.TimeZone);
        return replier.SendAsync(command.ChatId, reply, null, ct);
    }

    private Task UnknownAsync(Command command, Replies.Texts t, string usage, CancellationToken ct) =>
        replier.SendAsync(command.ChatId, Replies.Fill(t.UnknownSection, command.Args) + "\n" + Replies.Fill(usage), null, ct);

    /// <summary>Asking for messages makes a chat an active reader (as /start would).</summary>
    private void Reader(Command command) => Reader(command.ChatId, command.Message.Chat.Type, command.LanguageCode);

    private void Reader(long chatId, ChatType type, string? languageCode)
    {
        if (readers.Get(chatId) is not { Active: true }) readers.Start(chatId, type != ChatType.Private, languageCode, Now);
    }

    /// <summary>Turns one section on or off; true when it is now on.</summary>
    private bool Toggle(ReaderRecord reader, int sectionId)
    {
        if (reader.Wants(sectionId))
        {
            reader.Sections = Without(reader.Sections, sectionId);
            return false;
        }
        reader.Sections!.Add(sectionId);
        return true;
    }

    /// <summary>"Every section but one" spelled out as the list of the others.</summary>
    private List<int> Without(List<int>? sections, int sectionId) =>
        (sections ?? articles.Sections().Select(s => s.Id).ToList()).Where(id => id != sectionId).ToList();

    private InlineKeyboardMarkup? Buttons(ReaderRecord? reader)
    {
        var sections = articles.Sections().Take(MostButtons).ToList();
        if (sections.Count == 0) return null;
        var wanted = reader is { Active: true };
        return new InlineKeyboardMarkup(sections.Select(s => new[]
        {
            InlineKeyboardButton.WithCallbackData((wanted && reader!.Wants(s.Id) ? "✅ " : "➕ ") + s.Name, ReaderInput.Toggle(s.Id)),
        }));
    }
}
