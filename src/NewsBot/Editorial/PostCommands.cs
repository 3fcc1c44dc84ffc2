using Microsoft.Extensions.Options;
using NewsBot.Commands;
using NewsBot.Delivery;
using NewsBot.Publication;
using NewsBot.Storage;
using Telegram.Bot.Types;

namespace NewsBot.Editorial;

/// <summary>/post (publish a URL now, even while paused), /preview (a draft only the editor sees) and /delete (retract a channel post).</summary>
public sealed class PostCommands(
    Publisher publisher,
    UrlStories stories,
    IArticles articles,
    IOutbox outbox,
    INewsroom newsroom,
    TelegramSender sender,
    ChannelGate gate,
    EditorDesk desk,
    IOptions<TelegramOptions> telegram) : IBotFeature
{
    public IReadOnlyCollection<string> Commands { get; } = ["post", "preview", "delete"];

    public bool EditorsOnly => true;

    public IEnumerable<BotCommand> Menu(string language) => EditorMenu.For(Commands, language);

    public async Task OnCommandAsync(Command command, CancellationToken ct)
    {
        var t = desk.TextsFor(command);
        if (EditorInput.OneWord(command.Args) is not { } arg)
        {
            await desk.UsageAsync(command, t, command.Name == "delete" ? "/delete <id>" : $"/{command.Name} <url>", ct);
            return;
        }
        await (command.Name switch
        {
            "post" => PostAsync(command, arg, t, ct),
            "preview" => PreviewAsync(command, arg, t, ct),
            _ => DeleteAsync(command, arg, t, ct),
        });
    }

    private async Task PostAsync(Command command, string url, EditorReplies.Texts t, CancellationToken ct)
    {
        if (await stories.ReadAsync(command, url, t, ct) is not { } story) return;
        var (result, article) = publisher.Publish(story, Source.Editor(story.Url, telegram.Value.Channels));
        if (result != PublishResult.Published)
        {
            await desk.ReplyAsync(command, t.AlreadyPublished, ct);
            return;
        }
        desk.Record(command.UserId ?? 0, "post", $"article {article.Id}: {story.Url}");
        var reply = string.Format(t.Published, article.Id, story.Title);
        if (gate.QuietUntil(desk.Now) is { } end) reply += "\n" + string.Format(t.HeldNote, desk.Show(end));
        await desk.ReplyAsync(command, reply, ct);
    }

    private async Task PreviewAsync(Command command, string url, EditorReplies.Texts t, CancellationToken ct)
    {
        if (await stories.ReadAsync(command, url, t, ct) is not { } story) return;
        desk.Record(command.UserId ?? 0, "preview", story.Url);
        newsroom.AddDraft(new DraftRecord
        {
            IsPreview = true, Key = Source.KeyFor(story.Url), Channels = [.. telegram.Value.Channels], Story = story.ToRecord(),
            Editors = [command.ChatId], CreatedAt = desk.Now,
        });
    }

    private async Task DeleteAsync(Command command, string arg, EditorReplies.Texts t, CancellationToken ct)
    {
        if (EditorInput.Id(arg) is not { } id)
        {
            await desk.ReplyAsync(command, string.Format(t.BadId, arg, "/stats"), ct);
            return;
        }
        if (articles.Get(id) is not { State: ArticleState.Published })
        {
            await desk.ReplyAsync(command, string.Format(t.NoArticle, id), ct);
            return;
        }
        var (cancelled, sent) = outbox.Retract(id, "retracted by an editor");
        var deleted = 0;
        foreach (var post in sent)
            if (await sender.DeleteAsync(post.Chat, post.MessageId!.Value, ct))
            {
                outbox.MarkDeleted(post.Id, desk.Now);
                deleted++;
            }
        desk.Record(command.UserId ?? 0, "delete", $"article {id}: {deleted} channel post(s) deleted, {cancelled} not yet sent cancelled");
        await desk.ReplyAsync(command, deleted + cancelled == 0 ? string.Format(t.NothingToDelete, id) : string.Format(t.Deleted, id, deleted), ct);
    }
}

/// <summary>The menu entries of editor commands, shown only in an editor's own menu.</summary>
public static class EditorMenu
{
    public static IEnumerable<BotCommand> For(IEnumerable<string> commands, string language) =>
        commands.Select(c => new BotCommand { Command = c, Description = EditorReplies.For(language).Menu[c] });
}
