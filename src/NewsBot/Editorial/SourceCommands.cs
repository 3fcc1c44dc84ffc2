using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.Commands;
using NewsBot.Feeds;
using NewsBot.Network;
using NewsBot.Scheduling;
using NewsBot.Storage;
using Telegram.Bot.Types;

namespace NewsBot.Editorial;

/// <summary>/sources, /addsource (the feed is read once to check it, stored, and polled like the configured ones) and /removesource.</summary>
public sealed class SourceCommands(
    INewsroom newsroom,
    IFeedStates feedStates,
    FeedReader reader,
    Triggers triggers,
    EditorDesk desk,
    IOptions<FeedsOptions> feeds) : IBotFeature
{
    public IReadOnlyCollection<string> Commands { get; } = ["sources", "addsource", "removesource"];

    public bool EditorsOnly => true;

    public IEnumerable<BotCommand> Menu(string language) => EditorMenu.For(Commands, language);

    public async Task OnCommandAsync(Command command, CancellationToken ct)
    {
        var t = desk.TextsFor(command);
        await (command.Name switch
        {
            "sources" => desk.ReplyAsync(command, List(t), ct),
            "addsource" => AddAsync(command, t, ct),
            _ => RemoveAsync(command, t, ct),
        });
    }

    private IReadOnlyList<FeedOptions> Configured => feeds.Value.Items;

    private string List(EditorReplies.Texts t)
    {
        var text = new StringBuilder();
        if (Configured.Count > 0) text.AppendLine(t.SourcesConfigured);
        foreach (var feed in Configured) text.AppendLine($"• {feed.Name ?? feedStates.Get(feed.Url).Title ?? feed.Url} — {feed.Url}{(feed.Mode == FeedMode.Approval ? " (approval)" : "")}");
        var added = newsroom.Sources();
        if (added.Count > 0) text.AppendLine(t.SourcesAdded);
        foreach (var s in added) text.AppendLine($"#{s.Id} {s.Name ?? s.Url} — {s.Url}");
        return text.Length == 0 ? t.SourcesNone : text.ToString().TrimEnd();
    }

    private async Task AddAsync(Command command, EditorReplies.Texts t, CancellationToken ct)
    {
        if (EditorInput.AddSource(command.Args) is not var (text, name))
        {
            await desk.UsageAsync(command, t, "/addsource <url> [name]", ct);
            return;
        }
        if (EditorInput.Url(text) is not { } url)
        {
            await desk.ReplyAsync(command, string.Format(t.BadUrl, text), ct);
            return;
        }
        if (IsKnown(url.AbsoluteUri) || IsKnown(text))
        {
            await desk.ReplyAsync(command, t.SourceExists, ct);
            return;
        }
        var check = await CheckAsync(url, ct);
        if (check.Error is { } error)
        {
            await desk.ReplyAsync(command, string.Format(t.SourceFailed, error), ct);
            return;
        }
        if (newsroom.AddSource(new SourceRecord { Url = url.AbsoluteUri, Name = name, AddedBy = command.UserId ?? 0, AddedAt = desk.Now }) is not { } source)
        {
            await desk.ReplyAsync(command, t.SourceExists, ct);
            return;
        }
        await triggers.PollAsync(FeedOptions.Added(source.Url, source.Name), ct);
        desk.Record(command.UserId ?? 0, "addsource", $"#{source.Id}: {source.Url}");
        await desk.ReplyAsync(command, string.Format(t.SourceAdded, source.Id, name ?? check.Title ?? source.Url, check.Items), ct);
    }

    /// <summary>True when the URL is a configured feed or an added source already.</summary>
    private bool IsKnown(string url) => Configured.Any(f => f.Url == url) || newsroom.GetSource(url) is not null;

    /// <summary>What reading a candidate feed once showed: its title and item count, or why it is no feed.</summary>
    private sealed record FeedCheck(string? Error, string? Title, int Items);

    private async Task<FeedCheck> CheckAsync(Uri url, CancellationToken ct)
    {
        try
        {
            var read = await reader.ReadAsync(url, new Validators(null, null), ct);
            return read.Feed is { } feed ? new FeedCheck(null, feed.Title, feed.Items.Count) : new FeedCheck("no feed in the answer", null, 0);
        }
        catch (Exception e) when (e is FetchException or FeedFormatException)
        {
            return new FeedCheck(e.Message, null, 0);
        }
    }

    private async Task RemoveAsync(Command command, EditorReplies.Texts t, CancellationToken ct)
    {
        if (EditorInput.Id(command.Args) is not { } id)
        {
            await desk.ReplyAsync(command, command.Args.Length == 0 ? string.Format(t.Usage, "/removesource <id>") : string.Format(t.BadId, command.Args, "/sources"), ct);
            return;
        }
        if (newsroom.RemoveSource(id) is not { } removed)
        {
            await desk.ReplyAsync(command, string.Format(t.NoSource, id), ct);
            return;
        }
        await triggers.StopPollingAsync(removed.Url, ct);
        desk.Record(command.UserId ?? 0, "removesource", $"#{id}: {removed.Url}");
        await desk.ReplyAsync(command, string.Format(t.SourceRemoved, id, removed.Name ?? removed.Url), ct);
    }
}
