using System.Net;
using System.Text;

namespace NewsBot.Playground;

/// <summary>The sample site's HTML: an article page as a news site writes it (og: tags, section, byline, share links and footer the
/// extractor must leave out), and an index of the stories. Pure.</summary>
public static class SamplePages
{
    public static string Article(SampleStory story)
    {
        var image = story.Image is null ? "" : $"""<meta property="og:image" content="{new Uri(SampleSite.Origin, "img/" + story.Image)}">""";
        var paragraphs = string.Concat(story.Paragraphs.Select(p => $"<p>{E(p)}</p>\n"));
        var (home, byline, share) = story.Lang == "uk"
            ? ("Головна", "Редакція Sample News", "Поділитися у Facebook · Поділитися в X")
            : ("Home", "By Sample News staff", "Share on Facebook · Share on X");
        return $"""
            <!DOCTYPE html>
            <html lang="{story.Lang}"><head><meta charset="utf-8">
            <title>{E(story.Title)} | {SampleSite.Name}</title>
            <link rel="canonical" href="{story.Url}">
            <meta property="og:title" content="{E(story.Title)}">
            <meta property="og:description" content="{E(story.Lead)}">
            <meta property="article:section" content="{E(story.Section)}">{image}
            </head><body>
            <nav><a href="../">{home}</a> · <a href="../">{E(story.Section)}</a></nav>
            <article><h1>{E(story.Title)}</h1>
            <p class="lead"><strong>{E(story.Lead)}</strong></p>
            <div class="byline">{byline}</div>
            {paragraphs}<div class="share">{share}</div>
            </article>
            <footer>{SampleSite.Name} is fictional: every story here was written for trying NewsBot.</footer>
            </body></html>
            """;
    }

    public static string Index(IReadOnlyList<SampleStory> released, IReadOnlyList<SampleStory> all)
    {
        var list = new StringBuilder();
        foreach (var story in all)
            list.Append($"""<li><a href="{story.Lang}/{story.Slug}">{E(story.Title)}</a> <small>({story.Lang}, {E(story.Section)}{(released.Contains(story) ? ", in the feed" : story.OffFeed ? ", never in the feed: for /post" : "")})</small></li>""").Append('\n');
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{SampleSite.Name}</title></head><body>
            <h1>{SampleSite.Name}</h1>
            <p>Fictional stories for trying NewsBot; the <a href="rss.xml">feed</a> lists one more every little while.</p>
            <ul>
            {list}</ul>
            </body></html>
            """;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
