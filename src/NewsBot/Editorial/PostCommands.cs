using System.Globalization;
using Microsoft.Extensions.Options;
using NewsBot.Bot;
using NewsBot.Delivery;
using NewsBot.Posts;
using NewsBot.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace NewsBot.Editorial;

/// <summary>/post (publish a URL now, even while paused), /preview (a draft only the editor sees) and /delete (retract a channel post).</summary>
public sealed class PostCommands(
    ITelegramBotClient bot,
    NewsStore store,
    Publisher publisher,
    UrlStories stories,
    DraftDesk drafts,
    ChannelGate gate,
    EditorDesk desk,
    IOptions<TelegramOptions> telegram,
    IOptions<PublishingOptions> publishing) : IBotFeature
{
    public IReadOnlyCollection<string> Commands { get; } = ["post", "preview", "delete"];

    public IEnumerable<BotCommand> Menu(string language, bool forEditor) => EditorMenu.For(Commands, language, forEditor);

    public async Task OnCommandAsync(Command command, CancellationToken ct)
    {
        if (await desk.AdmitAsync(command, ct) is not { } t) return;
        if (command.Args.Length == 0 || command.Args.Contains(' '))
        {
            await desk.ReplyAsync(command, string.Format(t.Usage, command.Name == "delete" ? "/delete <id>" : $"/{command.Name} <url>"), ct);
            return;
        }
        await (command.Name switch
        {
            "post" => PostAsync(command, t, ct),
            "preview" => PreviewAsync(command, t, ct),
            _ => DeleteAsync(command, t, ct),
        });
    }

    private async Task PostAsync(Command command, EditorReplies.Texts t, CancellationToken ct)
    {
        if (await stories.ReadAsync(command, command.Args, t, ct) is not { } story) return;
        if (publisher.PublishStory(story, telegram.Value.Channels) is not { } article)
        {
            await desk.ReplyAsync(command, t.AlreadyPublished, ct);
            return;
        }
        desk.Record(command.UserId ?? 0, "post", $"article {article.Id}: {story.Url}");
        var reply = string.Format(t.Published, article.Id, story.Title);
        if (QuietHours.Parse(publishing.Value.QuietHours).EndAfter(desk.Now, gate.Zone) is { } end)
            reply += "\n" + string.Format(t.HeldNote, desk.Show(end));
        await desk.ReplyAsync(command, reply, ct);
    }

    private async Task PreviewAsync(Command command, EditorReplies.Texts t, CancellationToken ct)
    {
        if (await stories.ReadAsync(command, command.Args, t, ct) is not { } story) return;
        desk.Record(command.UserId ?? 0, "preview", story.Url);
        await drafts.PreviewAsync(story, command.ChatId, telegram.Value.Channels, ct);
    }

    private async Task DeleteAsync(Command command, EditorReplies.Texts t, CancellationToken ct)
    {
        if (!long.TryParse(command.Args.TrimStart('#'), CultureInfo.InvariantCulture, out var id))
        {
            await desk.ReplyAsync(command, string.Format(t.BadId, command.Args, "/stats"), ct);
            return;
        }
        if (store.GetArticle(id) is not { State: ArticleState.Published })
        {
            await desk.ReplyAsync(command, string.Format(t.NoArticle, id), ct);
            return;
        }
        var channelPosts = store.Deliveries(id).Where(d => gate.Channels.Contains(d.Chat)).ToList();
        var pending = channelPosts.Where(d => d.State == DeliveryState.Pending).ToList();
        foreach (var delivery in pending) store.MarkFailed(delivery, "retracted by an editor");
        var deleted = 0;
        foreach (var sent in channelPosts.Where(d => d is { State: DeliveryState.Sent, MessageId: not null }))
            if (await TryDeleteAsync(sent, ct)) deleted++;
        desk.Record(command.UserId ?? 0, "delete", $"article {id}: {deleted} channel post(s)");
        await desk.ReplyAsync(command, deleted + pending.Count == 0 ? string.Format(t.NothingToDelete, id) : string.Format(t.Deleted, id, deleted), ct);
    }

    private async Task<bool> TryDeleteAsync(DeliveryRecord sent, CancellationToken ct)
    {
        try
        {
            await bot.DeleteMessage(TelegramSender.ChatIdOf(sent.Chat), sent.MessageId!.Value, ct);
            return true;
        }
        catch (ApiRequestException)
        {
            return false;
        }
    }
}

/// <summary>The menu entries of editor commands, shown only in an editor's own menu.</summary>
public static class EditorMenu
{
    public static IEnumerable<BotCommand> For(IEnumerable<string> commands, string language, bool forEditor) =>
        forEditor ? commands.Select(c => new BotCommand { Command = c, Description = EditorReplies.For(language).Menu[c] }) : [];
}
