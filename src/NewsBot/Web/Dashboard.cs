using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Web;

/// <summary>A feed as the dashboard lists it.</summary>
public sealed record FeedRow(string Name, string Url, bool AddedByEditor, string? LastSuccess, string? NextPoll, int Failures, string? Error);

/// <summary>A published post with how its deliveries stand.</summary>
public sealed record PostRow(string Title, string Url, string Published, string? Section, int Sent, int Pending, int Failed, int Cancelled);

/// <summary>A scheduled post waiting for its time.</summary>
public sealed record ScheduleRow(long Id, string Due, string Title, string Url);

/// <summary>Everything the dashboard shows, read at one moment.</summary>
public sealed record DashboardView(
    string Now, string TimeZone, bool Paused, IReadOnlyList<FeedRow> Feeds, int Pending, int Readers, IReadOnlyList<ScheduleRow> Schedules,
    IReadOnlyList<PostRow> Posts);

/// <summary>`GET /` (SPEC §5a): the read-only dashboard for operators and editors: feeds with their last poll and error, the outbox
/// backlog, scheduled posts, the latest posts with their delivery counts. Reads the store; changes nothing. It reads by index only
/// what it shows (no day's totals: those would read every delivery sent, and /stats has them).</summary>
public sealed class Dashboard(
    IOptions<FeedsOptions> feeds, INewsroom newsroom, IFeedStates feedStates, IOutbox outbox, IArticles articles, IReaders readers,
    ISettings settings, PublishingClock clock)
{
    public const int LatestPosts = 10;

    public DashboardView Read()
    {
        return new DashboardView(clock.Show(clock.Now), clock.Zone.Id, settings.Get(ISettings.Paused) != 0, Feeds(),
            outbox.Count(DeliveryState.Pending), readers.Count(active: true), Schedules(), Posts());
    }

    private List<FeedRow> Feeds()
    {
        var configured = feeds.Value.Items.Select(f => (f.Url, f.Name, Added: false));
        var added = newsroom.Sources().Select(s => (s.Url, s.Name, Added: true));
        return configured.Concat(added).DistinctBy(f => f.Url).Select(f =>
        {
            var state = feedStates.Get(f.Url);
            var name = f.Name ?? state.Title ?? new Uri(f.Url).Host;
            return new FeedRow(name, f.Url, f.Added, Show(state.LastSuccessAt), state.NextPollAt == default ? null : clock.Show(state.NextPollAt),
                state.Failures, state.LastError);
        }).ToList();
    }

    private List<ScheduleRow> Schedules() =>
        newsroom.PendingSchedules().OrderBy(s => s.DueAt).Select(s => new ScheduleRow(s.Id, clock.Show(s.DueAt), s.Story.Title, s.Story.Url)).ToList();

    private List<PostRow> Posts() => articles.Latest(null, null, LatestPosts).Select(a =>
    {
        var tally = outbox.Tally(a.Id);
        return new PostRow(a.Title, a.Url, Show(a.PublishedAt) ?? "", a.Section, tally.GetValueOrDefault(DeliveryState.Sent),
            tally.GetValueOrDefault(DeliveryState.Pending), tally.GetValueOrDefault(DeliveryState.Failed), tally.GetValueOrDefault(DeliveryState.Cancelled));
    }).ToList();

    private string? Show(DateTime? utc) => utc is { } at ? clock.Show(at) : null;
}

/// <summary>Where the dashboard's links lead: the playground page if there is one, and each article (null: no link).</summary>
public sealed record DashboardLinks(string? Playground, Func<string, string?> Article)
{
    public static readonly DashboardLinks Plain = new(null, url => url);
}

/// <summary>Maps the dashboard and the stylesheet it shares with the playground.</summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app, DashboardLinks links)
    {
        app.MapGet(Page.StylesheetPath, Page.Stylesheet);
        app.MapGet("/", (HttpContext context, Dashboard dashboard) =>
        {
            var language = Page.Language(context.Request);
            var texts = DashboardTexts.For(language);
            return Page.Html(context, language, texts.Title, DashboardPage.Render(dashboard.Read(), texts, language, links));
        });
        return app;
    }
}
