using AngleSharp.Dom;

namespace NewsBot.Articles;

/// <summary>Removes what is never article text before scoring: scripts, chrome, hidden and unlikely elements.</summary>
internal static class PageCleaner
{
    private static readonly HashSet<string> NeverText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "video", "audio",
        "nav", "aside", "footer", "header", "button", "input", "select", "textarea", "label", "figcaption", "link",
        "meta", "title", "head", "time", "dialog", "menu", "math",
    };

    /// <summary>Cleans <paramref name="body"/> in place; <paramref name="stripUnlikely"/> also drops menus, comments and the like by class.</summary>
    public static void Clean(IElement body, bool stripUnlikely)
    {
        foreach (var node in Dom.Descendants(body))
        {
            if (node.Parent is null)
                continue;
            if (node.NodeType == NodeType.Comment)
                node.Parent.RemoveChild(node);
            else if (node is IElement element && ShouldRemove(element, stripUnlikely))
                element.Remove();
        }
    }

    private static bool ShouldRemove(IElement element, bool stripUnlikely) =>
        NeverText.Contains(element.LocalName)
        || IsHidden(element)
        || (element.LocalName == "form" && Dom.Elements(element).Count(e => e.LocalName == "p") < 3)
        || (stripUnlikely && ClassHints.IsUnlikely(element));

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
            return true;
        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
            return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
