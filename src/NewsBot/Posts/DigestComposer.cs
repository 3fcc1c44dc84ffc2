using System.Globalization;
using NewsBot.Storage;

namespace NewsBot.Posts;

/// <summary>Composes one reader's daily digest: the day's newest articles in the reader's sections, as one Telegram HTML message. Pure.</summary>
public static class DigestComposer
{
    public const int MostArticles = 10;

    /// <summary>The digest, or null when the day brought nothing in the reader's sections.</summary>
    /// <param name="articles">The day's articles, newest first.</param>
    public static string? Compose(ReaderRecord reader, IEnumerable<ArticleRecord> articles, DateTime localDay, TimeZoneInfo zone)
    {
        var chosen = articles.Where(a => reader.Wants(a.SectionId)).Take(MostArticles).ToList();
        if (chosen.Count == 0) return null;
        var title = string.Format(CultureInfo.InvariantCulture, Title(reader.InterfaceLanguage), localDay.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        return ArticleList.Format(TelegramHtml.Escape(title), chosen, zone);
    }

    /// <summary>The digest's heading in the reader's interface language.</summary>
    public static string Title(string language) => language == "uk" ? "Ваш щоденний дайджест, {0}" : "Your daily digest, {0}";
}
