using System.Globalization;
using System.Text;
using NewsBot.Bot;
using NewsBot.Feeds;
using NewsBot.Network;
using NewsBot.Storage;
using Telegram.Bot.Types;

namespace NewsBot.Editorial;

/// <summary>/sources, /addsource (the feed is read once to check it) and /removesource.</summary>
public sealed class SourceCommands(NewsStore store, FeedReader reader, SourceFeeds sources, EditorDesk desk) : IBotFeature
{
    public IReadOnlyCollection<string> Commands { get; } = ["sources", "addsource", "removesource"];

    public IEnumerable<BotCommand> Menu(string language, bool forEditor) => EditorMenu.For(Commands, language, forEditor);

    public async Task OnCommandAsync(Command command, CancellationToken ct)
    {
        if (await desk.AdmitAsync(command, ct) is not { } t) return;
        await (command.Name switch
        {
            "sources" => desk.ReplyAsync(command, List(t), ct),
            "addsource" => AddAsync(command, t, ct),
            _ => RemoveAsync(command, t, ct),
        });
    }

    private string List(EditorReplies.Texts t)
    {
        var text = new StringBuilder();
        if (sources.Configured.Count > 0) text.AppendLine(t.SourcesConfigured);
        foreach (var feed in sources.Configured) text.AppendLine($"• {feed.Name ?? store.GetFeedState(feed.Url).Title ?? feed.Url} — {feed.Url}{(feed.Mode == FeedMode.Approval ? " (approval)" : "")}");
        var added = store.Sources();
        if (added.Count > 0) text.AppendLine(t.SourcesAdded);
        foreach (var s in added) text.AppendLine($"#{s.Id} {s.Name ?? s.Url} — {s.Url}");
        return text.Length == 0 ? t.SourcesNone : text.ToString().TrimEnd();
    }

    private async Task AddAsync(Command command, EditorReplies.Texts t, CancellationToken ct)
    {
        var parts = command.Args.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            await desk.ReplyAsync(command, string.Format(t.Usage, "/addsource <url> [name]"), ct);
            return;
        }
        if (UrlStories.ParseUrl(parts[0]) is not { } url)
        {
            await desk.ReplyAsync(command, string.Format(t.BadUrl, parts[0]), ct);
            return;
        }
        if (sources.IsKnown(url.ToString()) || sources.IsKnown(parts[0]))
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
        await AddCheckedAsync(command, url, parts.ElementAtOrDefault(1), check, t, ct);
    }

    private async Task AddCheckedAsync(Command command, Uri url, string? name, FeedCheck check, EditorReplies.Texts t, CancellationToken ct)
    {
        var source = store.AddSource(new SourceRecord { Url = url.ToString(), Name = name, AddedBy = command.UserId ?? 0, AddedAt = desk.Now });
        if (source is null)
        {
            await desk.ReplyAsync(command, t.SourceExists, ct);
            return;
        }
        await sources.RegisterAsync(source, ct);
        desk.Record(command.UserId ?? 0, "addsource", $"#{source.Id}: {source.Url}");
        await desk.ReplyAsync(command, string.Format(t.SourceAdded, source.Id, name ?? check.Title ?? source.Url, check.Items), ct);
    }

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
        if (!long.TryParse(command.Args.TrimStart('#'), CultureInfo.InvariantCulture, out var id))
        {
            await desk.ReplyAsync(command, command.Args.Length == 0 ? string.Format(t.Usage, "/removesource <id>") : string.Format(t.BadId, command.Args, "/sources"), ct);
            return;
        }
        if (store.RemoveSource(id) is not { } removed)
        {
            await desk.ReplyAsync(command, string.Format(t.NoSource, id), ct);
            return;
        }
        await sources.UnregisterAsync(removed, ct);
        desk.Record(command.UserId ?? 0, "removesource", $"#{id}: {removed.Url}");
        await desk.ReplyAsync(command, string.Format(t.SourceRemoved, id, removed.Name ?? removed.Url), ct);
    }
}
