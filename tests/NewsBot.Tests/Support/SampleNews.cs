using System.Net;
using System.Text;

namespace NewsBot.Tests.Support;

/// <summary>An article of the fake news site: its feed entry and its page.</summary>
public sealed record SampleArticle(string Slug, string Title, string Teaser, string[] Paragraphs, string? Image = null, string Lang = "en", string[]? Categories = null);

/// <summary>Builds the fake site's RSS feed and article pages from <see cref="SampleArticle"/>s.</summary>
public static class SampleNews
{
    public static string Rss(FakeSite site, params SampleArticle[] articles)
    {
        var items = new StringBuilder();
        foreach (var a in articles.Reverse())
            items.Append($"""
                <item>
                  <title>{WebUtility.HtmlEncode(a.Title)}</title>
                  <link>{site.Url("/news/" + a.Slug)}</link>
                  <guid isPermaLink="false">article-{a.Slug}</guid>
                  <description>{WebUtility.HtmlEncode(a.Teaser)}</description>
                  <pubDate>Fri, 27 Nov 2026 10:00:00 GMT</pubDate>{Categories(a)}
                </item>
                """);
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel>
              <title>Example News</title>
              <link>{site.Url("/")}</link>
              <description>Test feed</description>
              {items}
            </channel></rss>
            """;
    }

    private static string Categories(SampleArticle a) =>
        string.Concat((a.Categories ?? []).Select(c => $"\n      <category>{WebUtility.HtmlEncode(c)}</category>"));

    public static string Page(SampleArticle a)
    {
        var image = a.Image is null ? "" : $"""<meta property="og:image" content="{a.Image}">""";
        var paragraphs = string.Concat(a.Paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>\n"));
        return $"""
            <!DOCTYPE html>
            <html lang="{a.Lang}"><head><meta charset="utf-8">
            <title>{WebUtility.HtmlEncode(a.Title)} | Example News</title>
            <meta property="og:title" content="{WebUtility.HtmlEncode(a.Title)}">{image}
            </head><body>
            <nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/world">World</a></nav>
            <article><h1>{WebUtility.HtmlEncode(a.Title)}</h1>
            <div class="byline">By Staff Reporter, 27 November 2026</div>
            {paragraphs}
            <div class="share">Share on Facebook Share on X</div>
            </article>
            <footer>© Example News. All rights reserved.</footer>
            </body></html>
            """;
    }

    /// <summary>Serves the feed at /rss and every article's page.</summary>
    public static void Publish(FakeSite site, params SampleArticle[] articles)
    {
        foreach (var a in articles) site.Map("/news/" + a.Slug, Page(a));
        site.MapFeed("/rss", Rss(site, articles));
    }

    public static SampleArticle Article(string slug, string? image = null) => new(
        slug,
        $"Parliament passes the {slug} budget",
        $"Teaser of {slug}.",
        [
            $"Parliament passed the {slug} budget on Friday after a twelve-hour debate, the speaker said.",
            "The budget raises spending on schools and hospitals by a tenth and cuts the deficit to three percent.",
            "Opposition members said the plan relied on optimistic growth forecasts and would be revised by spring.",
            "The finance minister is expected to present the detailed tax changes next week.",
        ],
        image);
}
