using Microsoft.Extensions.Options;
using NewsBot.Commands;
using NewsBot.Delivery;
using NewsBot.Publication;
using NewsBot.Storage;
using Telegram.Bot.Types;

namespace NewsBot.Editorial;

/// <summary>/post (publish a URL now, even while paused), /breaking (the same, ahead of the queue, with sound, pinned), /preview (a draft
/// only the editor sees), /refresh (read a published article again and correct its posts) and /delete (retract its channel posts).</summary>
public sealed class PostCommands(
    Publisher publisher,
    Retractions retractions,
    UrlStories stories,
    IArticles articles,
    INewsroom newsroom,
    ChannelGate gate,
    EditorDesk desk,
    IOptions<TelegramOptions> telegram) : IBotFeature
{
    public IReadOnlyCollection<string> Commands { get; } = ["post", "breaking", "preview", "refresh", "delete"];

    public bool EditorsOnly => true;

    public IEnumerable<BotCommand> Menu(string language) => EditorMenu.For(Commands, language);

    public async Task OnCommandAsync(Command command, CancellationToken ct)
    {
        var t = desk.TextsFor(command);
        if (EditorInput.OneWord(command.Args) is not { } arg)
        {
            await desk.UsageAsync(command, t, command.Name is "delete" or "refresh" ? $"/{command.Name} <id>" : $"/{command.Name} <url>", ct);
            return;
        }
        await (command.Name switch
        {
            "post" => PostAsync(command, arg, t, breaking: false, ct),
            "breaking" => PostAsync(command, arg, t, breaking: true, ct),
            "preview" => PreviewAsync(command, arg, t, ct),
            "refresh" => RefreshAsync(command, arg, t, ct),
            _ => DeleteAsync(command, arg, t, ct),
        });
    }

    private async Task PostAsync(Command command, string url, EditorReplies.Texts t, bool breaking, CancellationToken ct)
    {
        if (await stories.ReadAsync(command, url, t, ct) is not { } story) return;
        var source = Source.Editor(story.Url, telegram.Value.Channels) with { Breaking = breaking };
        var (result, article) = publisher.Publish(story, source);
        if (result != PublishResult.Published)
        {
            await desk.ReplyAsync(command, t.AlreadyPublished, ct);
            return;
        }
        desk.Record(command.UserId ?? 0, command.Name, $"article {article.Id}: {story.Url}");
        var reply = string.Format(breaking ? t.BreakingPublished : t.Published, article.Id, story.Title);
        if (!breaking && gate.QuietUntil(desk.Now) is { } end) reply += "\n" + string.Format(t.HeldNote, desk.Show(end));
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

    /// <summary>The page is read again (its title too) and the post composed again; when it differs, every channel and group post of it
    /// is edited in place. Its section stays the one it was published under.</summary>
    private async Task RefreshAsync(Command command, string arg, EditorReplies.Texts t, CancellationToken ct)
    {
        if (await PublishedAsync(command, arg, t, ct) is not { } article) return;
        if (await stories.ReadAsync(command, article.Url, t, ct) is not { } story) return;
        var correction = publisher.Revise(article, story with { Section = article.Section ?? story.Section }, null);
        desk.Record(command.UserId ?? 0, "refresh", $"article {article.Id}: " + (correction.Changed ? $"{correction.Edits} channel post(s) edited in place" : "unchanged"));
        await desk.ReplyAsync(command, correction.Changed ? string.Format(t.Refreshed, article.Id, correction.Edits) : string.Format(t.RefreshUnchanged, article.Id), ct);
    }

    private async Task DeleteAsync(Command command, string arg, EditorReplies.Texts t, CancellationToken ct)
    {
        if (await PublishedAsync(command, arg, t, ct) is not { } article) return;
        var retraction = retractions.Retract(article, "retracted by an editor");
        desk.Record(command.UserId ?? 0, "delete", $"article {article.Id}: {retraction.Deleting} channel post(s) deleted, {retraction.Cancelled} not yet sent cancelled");
        await desk.ReplyAsync(command, retraction.Deleting + retraction.Cancelled == 0
            ? string.Format(t.NothingToDelete, article.Id) : string.Format(t.Deleted, article.Id, retraction.Deleting), ct);
    }

    /// <summary>The published article an id names, or null after telling the editor what is wrong.</summary>
    private async Task<ArticleRecord?> PublishedAsync(Command command, string arg, EditorReplies.Texts t, CancellationToken ct)
    {
        if (EditorInput.Id(arg) is not { } id)
        {
            await desk.ReplyAsync(command, string.Format(t.BadId, arg, "/stats"), ct);
            return null;
        }
        if (articles.Get(id) is { State: ArticleState.Published } article) return article;
        await desk.ReplyAsync(command, string.Format(t.NoArticle, id), ct);
        return null;
    }
}

/// <summary>The menu entries of editor commands, shown only in an editor's own menu.</summary>
public static class EditorMenu
{
    public static IEnumerable<BotCommand> For(IEnumerable<string> commands, string language) =>
        commands.Select(c => new BotCommand { Command = c, Description = EditorReplies.For(language).Menu[c] });
}
