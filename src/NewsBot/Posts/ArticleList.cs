using System.Globalization;
using NewsBot.Storage;

namespace NewsBot.Posts;

/// <summary>Formats articles as a numbered Telegram HTML list: linked title, local date and time, section. Pure.</summary>
public static class ArticleList
{
    /// <param name="headerHtml">The heading, already Telegram HTML (escaped).</param>
    public static string Format(string headerHtml, IEnumerable<ArticleRecord> articles, TimeZoneInfo zone)
    {
        var lines = articles.Select((a, i) => Item(i + 1, a, zone));
        return $"<b>{headerHtml}</b>\n\n" + string.Join("\n\n", lines);
    }

    public static string Item(int number, ArticleRecord a, TimeZoneInfo zone)
    {
        var local = PublishingClock.ToLocal(a.PublishedAt ?? a.FoundAt, zone);
        var section = string.IsNullOrWhiteSpace(a.Section) ? "" : " · " + TelegramHtml.Escape(a.Section);
        var title = TelegramHtml.Escape(Shorten(a.Title, 200));
        return $"{number}. <a href=\"{TelegramHtml.Escape(a.Url)}\">{title}</a>\n{local.ToString("dd.MM HH:mm", CultureInfo.InvariantCulture)}{section}";
    }

    /// <summary>The paging cursor after the last article shown.</summary>
    public static string CursorAfter(ArticleRecord last) => ArticleIndex.Order(last.PublishedAt ?? last.FoundAt, last.Key);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
