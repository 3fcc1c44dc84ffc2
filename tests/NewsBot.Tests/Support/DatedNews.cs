using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Tests.Support;

/// <summary>The fake site's feed as <see cref="SampleNews"/> serves it, with every item dated <c>published</c> instead of the fixed sample date.</summary>
public static partial class DatedNews
{
    [GeneratedRegex("<pubDate>[^<]*</pubDate>")]
    private static partial Regex PubDate();

    /// <summary>Serves the feed at /rss, its items dated <paramref name="published"/>, and every article's page.</summary>
    public static void Publish(FakeSite site, DateTimeOffset published, params SampleArticle[] articles)
    {
        foreach (var a in articles) site.Map("/news/" + a.Slug, SampleNews.Page(a));
        var date = published.ToUniversalTime().ToString("R", CultureInfo.InvariantCulture);
        site.MapFeed("/rss", PubDate().Replace(SampleNews.Rss(site, articles), $"<pubDate>{date}</pubDate>"));
    }
}
