using NewsBot.Bot;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>Composes one reader's daily digest: the day's newest articles in the reader's sections, as one Telegram HTML message. Pure.</summary>
public static class DigestComposer
{
    public const int MostArticles = 10;

    /// <summary>The digest, or null when the day brought nothing in the reader's sections.</summary>
    /// <param name="articles">The day's articles, newest first.</param>
    public static string? Compose(ReaderRecord reader, IEnumerable<ArticleRecord> articles, string language, DateTime localDay, TimeZoneInfo zone)
    {
        var chosen = articles.Where(a => reader.Wants(a.SectionId)).Take(MostArticles).ToList();
        if (chosen.Count == 0) return null;
        var title = Replies.Fill(Replies.For(language).DigestTitle, localDay.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        return ArticleList.Format(title, chosen, zone);
    }
}
