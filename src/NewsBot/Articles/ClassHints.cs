using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsBot.Articles;

/// <summary>What an element's class, id and role say about it (patterns after Mozilla Readability, plus news boilerplate).</summary>
internal static partial class ClassHints
{
    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscri|paywall|cookie", RegexOptions.None, ShortText.TimeoutMilliseconds)]
    internal static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow", RegexOptions.None, ShortText.TimeoutMilliseconds)]
    internal static partial Regex MaybeCandidate();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story", RegexOptions.None, ShortText.TimeoutMilliseconds)]
    internal static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget", RegexOptions.None, ShortText.TimeoutMilliseconds)]
    internal static partial Regex Negative();

    [GeneratedRegex(@"byline|author|signature|(^|[\s_-])bio([\s_-]|$)|dateline|timestamp|pubdate|(^|[\s_-])date|caption|credit|share|sharing|social|related|newsletter|subscri|(^|[\s_-])tags?([\s_-]|$)|tag-?list|keywords|read-?also|read-?more|more-?from|promo|breadcrumb|comments?([\s_-]|$)|signup|sign-up|toolbar|print|recommend|outbrain|taboola", RegexOptions.None, ShortText.TimeoutMilliseconds)]
    internal static partial Regex Boilerplate();

    private static readonly HashSet<string> UnlikelyRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo",
    };

    /// <summary>True for page chrome that should go before scoring (menus, footers, comments, ...).</summary>
    public static bool IsUnlikely(IElement element)
    {
        if (element.LocalName is "body" or "html" or "a" or "article" or "main")
            return false;
        if (UnlikelyRoles.Contains(element.GetAttribute("role") ?? ""))
            return true;
        var hints = Dom.ClassAndId(element);
        return ShortText.Matches(Unlikely(), hints) && !ShortText.Matches(MaybeCandidate(), hints);
    }

    /// <summary>Readability's class weight: +25 per positive, -25 per negative hint in class and id.</summary>
    public static int Weight(IElement element)
    {
        var weight = 0;
        foreach (var hint in new[] { element.GetAttribute("class"), element.Id })
        {
            if (string.IsNullOrEmpty(hint))
                continue;
            var lower = hint.ToLowerInvariant();
            if (ShortText.Matches(Negative(), lower))
                weight -= 25;
            if (ShortText.Matches(Positive(), lower))
                weight += 25;
        }
        return weight;
    }

    /// <summary>True when class or id marks a byline, date, caption, share bar, tag list or similar inside an article.</summary>
    public static bool IsBoilerplate(IElement element)
    {
        var hints = Dom.ClassAndId(element).Trim();
        return hints.Length > 0 && ShortText.Matches(Boilerplate(), hints);
    }
}
