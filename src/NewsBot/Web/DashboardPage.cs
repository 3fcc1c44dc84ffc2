using System.Globalization;
using System.Text;
using static NewsBot.Web.Page;

namespace NewsBot.Web;

/// <summary>The dashboard's HTML from what <see cref="Dashboard"/> read. Pure.</summary>
public static class DashboardPage
{
    public static string Render(DashboardView view, DashboardTexts t, string language, DashboardLinks links)
    {
        var other = language == "uk" ? ("en", "English") : ("uk", "Українська");
        var html = new StringBuilder();
        html.Append($"""
            <header class="top"><h1>{E(t.Title)}</h1>
            {(links.Playground is { } playground ? $"""<a href="{playground}?lang={language}">{E(t.OpenPlayground)}</a>""" : "")}
            <a href="/healthz">/healthz</a> <a href="/metrics">/metrics</a> <a href="/?lang={other.Item1}" lang="{other.Item1}">{other.Item2}</a></header>
            <main>
            <p class="muted">{E(string.Format(CultureInfo.InvariantCulture, t.TimesIn, view.TimeZone, view.Now))}</p>
            """);
        if (view.Paused) html.Append($"""<p class="bad">{E(t.PausedNote)}</p>""");
        html.Append($"""
            <section class="card" id="outbox"><h2>{E(t.Outbox)}</h2><div class="figures">
            {Figure(view.Pending, t.Pending)}{Figure(view.Readers, t.Readers)}
            </div></section>
            """);
        Feeds(html, view.Feeds, t);
        Schedules(html, view.Schedules, t, links);
        Posts(html, view.Posts, t, links);
        return html.Append("</main>").ToString();
    }

    private static string Figure(int value, string label) => $"<div><b>{value.ToString("N0", CultureInfo.InvariantCulture)}</b>{E(label)}</div>";

    private static void Feeds(StringBuilder html, IReadOnlyList<FeedRow> feeds, DashboardTexts t)
    {
        html.Append($"""<section class="card" id="feeds"><h2>{E(t.Feeds)}</h2>""");
        if (feeds.Count == 0)
        {
            html.Append($"""<p class="muted">{E(t.NoFeeds)}</p></section>""");
            return;
        }
        html.Append($"<table><tr><th>{E(t.Feed)}</th><th>{E(t.LastPoll)}</th><th>{E(t.NextPoll)}</th><th>{E(t.Problem)}</th></tr>");
        foreach (var f in feeds)
        {
            var added = f.AddedByEditor ? $""" <span class="muted">({E(t.AddedByEditor)})</span>""" : "";
            var failures = f.Failures > 0 ? E(string.Format(CultureInfo.InvariantCulture, t.FailuresInRow, f.Failures)) + ": " : "";
            html.Append($"""
                <tr><td>{E(f.Name)}{added}<br><small class="muted">{E(f.Url)}</small></td><td>{E(f.LastSuccess ?? t.Never)}</td>
                <td>{E(f.NextPoll ?? "")}</td><td class="bad">{failures}{E(f.Error)}</td></tr>
                """);
        }
        html.Append("</table></section>");
    }

    private static void Schedules(StringBuilder html, IReadOnlyList<ScheduleRow> schedules, DashboardTexts t, DashboardLinks links)
    {
        html.Append($"""<section class="card" id="scheduled"><h2>{E(t.Scheduled)}</h2>""");
        if (schedules.Count == 0)
        {
            html.Append($"""<p class="muted">{E(t.NoSchedules)}</p></section>""");
            return;
        }
        html.Append($"<table><tr><th>#</th><th>{E(t.Due)}</th><th></th></tr>");
        foreach (var s in schedules)
            html.Append($"""<tr><td>{s.Id}</td><td>{E(s.Due)}</td><td>{Link(s.Title, s.Url, links)}</td></tr>""");
        html.Append("</table></section>");
    }

    private static void Posts(StringBuilder html, IReadOnlyList<PostRow> posts, DashboardTexts t, DashboardLinks links)
    {
        html.Append($"""<section class="card" id="posts"><h2>{E(t.LatestPosts)}</h2>""");
        if (posts.Count == 0)
        {
            html.Append($"""<p class="muted">{E(t.NoPosts)}</p></section>""");
            return;
        }
        html.Append($"<table><tr><th>{E(t.Published)}</th><th></th><th>{E(t.Deliveries)}</th></tr>");
        foreach (var p in posts)
        {
            var counts = new List<string> { $"""<span class="good">{p.Sent} {E(t.Sent)}</span>""" };
            if (p.Pending > 0) counts.Add($"{p.Pending} {E(t.Waiting)}");
            if (p.Failed > 0) counts.Add($"""<span class="bad">{p.Failed} {E(t.Failed)}</span>""");
            if (p.Cancelled > 0) counts.Add($"{p.Cancelled} {E(t.Retracted)}");
            var section = p.Section is null ? "" : $"""<br><small class="muted">{E(p.Section)}</small>""";
            html.Append($"""<tr><td>{E(p.Published)}</td><td>{Link(p.Title, p.Url, links)}{section}</td><td>{string.Join(", ", counts)}</td></tr>""");
        }
        html.Append("</table></section>");
    }

    /// <summary>A link to an article; only http(s) addresses become links.</summary>
    private static string Link(string title, string url, DashboardLinks links) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && links.Article(uri.AbsoluteUri) is { } href
            ? $"""<a href="{E(href)}" rel="noopener noreferrer" target="_blank">{E(title)}</a>"""
            : E(title);
}
