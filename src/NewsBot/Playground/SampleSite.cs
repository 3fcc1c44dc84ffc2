using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace NewsBot.Playground;

/// <summary>One article of the sample site, as SampleSite/stories.json gives it; one <paramref name="OffFeed"/> is never in the feed,
/// only on the site, for an editor's /post.</summary>
public sealed record SampleStory(string Slug, string Lang, string Section, string Title, string Lead, string? Image, string[] Paragraphs, bool OffFeed = false)
{
    public Uri Url => new(SampleSite.Origin, $"{Lang}/{Slug}");
}

/// <summary>What the sample site answers for one path.</summary>
public sealed record SiteAnswer(HttpStatusCode Status, string MediaType, byte[] Body, string? ETag = null);

/// <summary>
/// Playground mode's built-in news site (SPEC §5): Ukrainian and English articles shipped as embedded resources, with an RSS feed
/// that lists none at its first read (so the feed is primed empty) and then one more every <see cref="ReleaseEvery"/>, so the
/// channel fills up while one watches. Its pages and images are always there, for an editor's /post. It lives at a reserved
/// name (<see cref="Origin"/>) that no network resolves: the fetcher's <see cref="SampleSiteHandler"/> answers for it inside the
/// process, and the playground page serves the same paths under /playground/site/ for the browser.
/// </summary>
public sealed class SampleSite(TimeProvider time, TimeSpan releaseEvery)
{
    public static readonly Uri Origin = new("https://sample-news.example/");

    public static readonly Uri FeedUrl = new(Origin, "rss.xml");

    public const string Name = "Sample News";

    private long _firstReadTicks;

    public TimeSpan ReleaseEvery { get; } = releaseEvery;

    public IReadOnlyList<SampleStory> Stories { get; } = LoadStories();

    /// <summary>The stories the feed releases, in order.</summary>
    public IReadOnlyList<SampleStory> FeedStories => Stories.Where(s => !s.OffFeed).ToList();

    /// <summary>A story only on the site, in <paramref name="language"/> if there is one: what the playground suggests an editor posts.</summary>
    public SampleStory ForEditor(string language) => Stories.Where(s => s.OffFeed).OrderBy(s => s.Lang == language ? 0 : 1).First();

    /// <summary>The path under <see cref="Origin"/> ("/en/slug"), or null for a URL elsewhere.</summary>
    public static string? PathOf(Uri url) =>
        url.IsAbsoluteUri && Origin.IsBaseOf(url) && url.Host == Origin.Host ? "/" + Origin.MakeRelativeUri(url).OriginalString.Split('?', '#')[0] : null;

    /// <summary>How many stories the feed lists now: none until a quarter interval after its first read, then one more every interval.</summary>
    public int Released
    {
        get
        {
            var first = Interlocked.Read(ref _firstReadTicks);
            if (first == 0) return 0;
            var elapsed = time.GetUtcNow().UtcTicks - first - ReleaseEvery.Ticks / 4;
            return elapsed < 0 ? 0 : (int)Math.Min(FeedStories.Count, 1 + elapsed / ReleaseEvery.Ticks);
        }
    }

    public SiteAnswer Answer(string path, string? ifNoneMatch)
    {
        if (path == "/rss.xml") return Feed(ifNoneMatch);
        if (path is "/" or "") return Html(SamplePages.Index(FeedStories.Take(Released).ToList(), Stories));
        if (path.StartsWith("/img/", StringComparison.Ordinal) && Resource("img/" + path[5..]) is { } image)
            return new SiteAnswer(HttpStatusCode.OK, "image/png", image);
        var story = Stories.FirstOrDefault(s => path == $"/{s.Lang}/{s.Slug}");
        return story is null
            ? new SiteAnswer(HttpStatusCode.NotFound, "text/plain", "Not found"u8.ToArray())
            : Html(SamplePages.Article(story));
    }

    private SiteAnswer Feed(string? ifNoneMatch)
    {
        Interlocked.CompareExchange(ref _firstReadTicks, time.GetUtcNow().UtcTicks, 0);
        var released = Released;
        var etag = $"\"released-{released}\"";
        if (ifNoneMatch == etag) return new SiteAnswer(HttpStatusCode.NotModified, "application/rss+xml", [], etag);
        var items = FeedStories.Take(released).Select((s, i) => (Story: s, At: ReleasedAt(i))).Reverse();
        return new SiteAnswer(HttpStatusCode.OK, "application/rss+xml", Encoding.UTF8.GetBytes(Rss(items)), etag);
    }

    private DateTimeOffset ReleasedAt(int index) =>
        new(Interlocked.Read(ref _firstReadTicks) + ReleaseEvery.Ticks / 4 + index * ReleaseEvery.Ticks, TimeSpan.Zero);

    private static string Rss(IEnumerable<(SampleStory Story, DateTimeOffset At)> items)
    {
        var xml = new StringBuilder($"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel>
            <title>{Name}</title><link>{Origin}</link><description>Fictional stories for trying NewsBot</description>

            """);
        foreach (var (story, at) in items)
            xml.Append(CultureInfo.InvariantCulture, $"""
                <item><title>{WebUtility.HtmlEncode(story.Title)}</title><link>{story.Url}</link><guid isPermaLink="true">{story.Url}</guid>
                <description>{WebUtility.HtmlEncode(story.Lead)}</description><category>{WebUtility.HtmlEncode(story.Section)}</category><pubDate>{at:R}</pubDate></item>

                """);
        return xml.Append("</channel></rss>\n").ToString();
    }

    private static SiteAnswer Html(string html) => new(HttpStatusCode.OK, "text/html", Encoding.UTF8.GetBytes(html));

    private static IReadOnlyList<SampleStory> LoadStories() =>
        JsonSerializer.Deserialize<List<SampleStory>>(Resource("stories.json")!, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    private static byte[]? Resource(string name)
    {
        using var stream = typeof(SampleSite).Assembly.GetManifestResourceStream("SampleSite/" + name);
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
