using AngleSharp.Dom;

namespace NewsBot.Articles;

/// <summary>Reads a page's section from its breadcrumb trail (the last short crumb).</summary>
internal static class Breadcrumb
{
    /// <summary>The section named by the breadcrumb, or null when the page has none.</summary>
    public static string? Section(IDocument document)
    {
        var trail = document.QuerySelectorAll("[itemtype*='BreadcrumbList'], [aria-label*='breadcrumb' i], [class*='breadcrumb'], [id*='breadcrumb']")
            .FirstOrDefault();
        if (trail is null)
            return null;
        var crumbs = trail.QuerySelectorAll("a")
            .Select(a => string.Join(' ', a.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(text => text.Length is > 0 and <= 40)
            .ToList();
        return crumbs.Count == 0 ? null : crumbs[^1];
    }
}
