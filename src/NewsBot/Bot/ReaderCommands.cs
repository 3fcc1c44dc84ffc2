using NewsBot.Commands;
using NewsBot.Delivery;
using NewsBot.Posts;
using NewsBot.Storage;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Bot;

/// <summary>/start (subscribe to everything, or resume), /stop, /lang; and the bot being blocked or removed from a chat.</summary>
public sealed class ReaderCommands(IReaders readers, ChannelProbe probe, ChatAdmins admins, Replier replier, InterfaceLanguage languages, BotMenu menu, TimeProvider time) : IBotFeature
{
    public IReadOnlyCollection<string> Commands { get; } = ["start", "stop", "lang"];

    public IEnumerable<BotCommand> Menu(string language)
    {
        var t = Replies.For(language);
        return
        [
            new BotCommand { Command = "start", Description = t.StartMenu },
            new BotCommand { Command = "lang", Description = t.LangMenu },
            new BotCommand { Command = "stop", Description = t.StopMenu },
        ];
    }

    public async Task OnCommandAsync(Command command, CancellationToken ct)
    {
        if (!await admins.MayChangeAsync(command, ct))
        {
            var t = Replies.For(languages.For(command.ChatId, command.LanguageCode));
            await replier.SendAsync(command.ChatId, Replies.Fill(t.GroupAdminsOnly), null, ct);
            return;
        }
        await (command.Name switch
        {
            "start" => StartAsync(command, ct),
            "stop" => StopAsync(command, ct),
            _ => LanguageAsync(command, ct),
        });
    }

    /// <summary>The bot removed from a chat stops it as a reader; the bot made an administrator brings back a channel that refused it.</summary>
    public Task OnMembershipAsync(ChatMemberUpdated update, CancellationToken ct)
    {
        if (update.NewChatMember.Status is ChatMemberStatus.Kicked or ChatMemberStatus.Left)
            readers.Stop(update.Chat.Id, $"bot {update.NewChatMember.Status.ToString().ToLowerInvariant()}", Now);
        if (update.NewChatMember.Status is ChatMemberStatus.Administrator or ChatMemberStatus.Creator)
        {
            probe.Back(update.Chat.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (update.Chat.Username is { } name) probe.Back("@" + name);
        }
        return Task.CompletedTask;
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private Task StartAsync(Command command, CancellationToken ct)
    {
        var known = readers.Get(command.ChatId);
        readers.Start(command.ChatId, command.Message.Chat.Type != ChatType.Private, command.LanguageCode, Now);
        var language = languages.For(command.ChatId, command.LanguageCode);
        var t = Replies.For(language);
        var greeting = known is null ? t.Welcome : t.Resumed;
        return replier.SendAsync(command.ChatId, Replies.Fill(greeting) + "\n\n" + Replies.Fill(menu.HelpText(language, command.UserId)), null, ct);
    }

    private Task StopAsync(Command command, CancellationToken ct)
    {
        var language = languages.For(command.ChatId, command.LanguageCode);
        readers.Stop(command.ChatId, "/stop", Now);
        return replier.SendAsync(command.ChatId, Replies.Fill(Replies.For(language).Stopped), null, ct);
    }

    private Task LanguageAsync(Command command, CancellationToken ct)
    {
        if (ReaderInput.Language(command.Args) is not { } chosen)
            return replier.SendAsync(command.ChatId, Replies.Fill(Replies.For(languages.For(command.ChatId, command.LanguageCode)).LangUsage), null, ct);
        readers.Known(command.ChatId, command.Message.Chat.Type != ChatType.Private, command.LanguageCode, Now);
        readers.Change(command.ChatId, r => r.Language = chosen, Now);
        return replier.SendAsync(command.ChatId, Replies.Fill(Replies.For(chosen).LangSet), null, ct);
    }
}
