using System.Globalization;
using System.Text;
using static NewsBot.Web.Page;

namespace NewsBot.Playground;

/// <summary>Both panes of the playground page from the emulator's record: the channel as Telegram shows it and the visitor's chat
/// with the bot, each message in its current version, marked when edited, struck through when deleted.</summary>
public sealed class PlaygroundView(PlaygroundMode mode, PlaygroundChat chat, PublishingClock clock)
{
    /// <summary>Changes whenever either pane would: the page asks with it and gets 304 while nothing happened.</summary>
    public string Version
    {
        get
        {
            var api = mode.Api;
            return $"\"{api.Sent.Count}.{api.Edits.Count}.{api.Deleted.Count}.{api.CallbackAnswers.Count}.{chat.Count}\"";
        }
    }

    public string Channel(PlaygroundTexts t)
    {
        var posts = mode.Api.Sent.Where(m => !IsPrivate(m.ChatId)).ToList();
        if (posts.Count == 0) return $"""<p class="notice">{E(t.ChannelEmpty)}</p>""";
        var html = new StringBuilder();
        var several = posts.Select(p => mode.Api.IdOf(p.ChatId)).Distinct().Count() > 1;
        foreach (var post in posts)
            html.Append(BotMessage(post, t, several ? post.ChatId : null, pressable: null));
        return html.ToString();
    }

    public string Chat(Visitor visitor, PlaygroundTexts t)
    {
        var chatId = visitor.Id.ToString(CultureInfo.InvariantCulture);
        var items = new List<(int Id, int Order, string Html)>();
        foreach (var sent in mode.Api.Sent.Where(m => m.ChatId == chatId)) items.Add((sent.MessageId, 0, BotMessage(sent, t, null, visitor)));
        foreach (var w in chat.WrittenIn(visitor.Id))
            items.Add((w.MessageId, 0, $"""<div class="message mine"><div class="text">{E(w.Text)}</div><div class="meta">{Time(w.At)}</div></div>"""));
        var answers = mode.Api.CallbackAnswers.ToDictionary(a => a.QueryId);
        foreach (var p in chat.PressedIn(visitor.Id))
        {
            var answer = answers.GetValueOrDefault(p.QueryId)?.Text is { Length: > 0 } text ? " — " + E(text) : "";
            items.Add((p.MessageId, 1, $"""<p class="notice">{E(string.Format(CultureInfo.InvariantCulture, t.YouPressed, p.Label))}{answer}</p>"""));
        }
        if (items.Count == 0) return $"""<p class="notice">{E(t.ChatEmpty)}</p>""";
        return string.Concat(items.OrderBy(i => i.Id).ThenBy(i => i.Order).Select(i => i.Html));
    }

    /// <param name="pressable">The visitor whose chat this is: its callback buttons can be pressed.</param>
    private string BotMessage(SentMessage first, PlaygroundTexts t, string? chatLabel, Visitor? pressable)
    {
        var api = mode.Api;
        var current = api.Current(first.ChatId, first.MessageId);
        var chatId = api.IdOf(first.ChatId);
        var shown = current ?? api.Deleted.LastOrDefault(d => d.MessageId == first.MessageId && api.IdOf(d.ChatId) == chatId) ?? first;
        var edited = api.Edits.Any(e => e.MessageId == first.MessageId && api.IdOf(e.ChatId) == chatId);
        var html = new StringBuilder($"""<div class="message{(current is null ? " deleted" : "")}" data-message="{first.MessageId}">""");
        if (chatLabel is not null) html.Append($"""<div class="meta">{E(chatLabel)}</div>""");
        if (shown.PhotoUrl is { } photo)
            html.Append(Link(photo) is { } src ? $"""<img src="{E(src)}" alt="{E(t.Photo)}">""" : $"""<p class="notice">[{E(t.Photo)}]</p>""");
        html.Append($"""<div class="text">{MessageHtml.Render(shown.Body, shown.ParseMode, Link)}</div>""");
        var marks = string.Join(" • ", new[] { edited ? t.Edited : null, current is null ? t.Deleted : null, Time(shown.At) }.Where(m => m is not null));
        html.Append($"""<div class="meta">{E(marks)}</div>""");
        if (current is not null) html.Append(Buttons(current, pressable));
        return html.Append("</div>").ToString();
    }

    private static string Buttons(SentMessage message, Visitor? pressable)
    {
        if (message.Buttons.Count == 0) return "";
        var html = new StringBuilder("""<div class="buttons">""");
        foreach (var row in message.Buttons.GroupBy(b => b.Row))
        {
            html.Append("""<div class="row">""");
            foreach (var button in row)
                html.Append(button switch
                {
                    { Url: { } url } when Link(url) is { } href => $"""<a href="{E(href)}" target="_blank" rel="noopener noreferrer">{E(button.Text)}</a>""",
                    { CallbackData: { } data } when pressable is not null => $"""
                        <form method="post" action="/playground/press" data-live><input type="hidden" name="as" value="{pressable.Role}">
                        <input type="hidden" name="lang" value="{E(pressable.Language)}"><input type="hidden" name="message" value="{message.MessageId}">
                        <input type="hidden" name="data" value="{E(data)}"><button type="submit">{E(button.Text)}</button></form>
                        """,
                    _ => $"""<a>{E(button.Text)}</a>""",
                });
            html.Append("</div>");
        }
        return html.Append("</div>").ToString();
    }

    /// <summary>Where a link of a message leads on the page: the sample site's own pages are served under /playground/site/; other
    /// http(s) addresses stay as they are; anything else is no link.</summary>
    public static string? Link(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        return SampleSite.PathOf(uri) is { } path ? "/playground/site" + path : uri.AbsoluteUri;
    }

    private static bool IsPrivate(string chatId) => long.TryParse(chatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) && id > 0;

    private string Time(DateTimeOffset at) => clock.Show(at.UtcDateTime)[11..];
}
