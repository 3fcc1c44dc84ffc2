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
        var nodes = Dom.Descendants(body);
        var paragraphs = ParagraphsBelow(nodes);
        Dom.Remove(Dom.Outermost(nodes, node =>
            node.NodeType == NodeType.Comment || (node is IElement element && ShouldRemove(element, stripUnlikely, paragraphs))));
    }

    private static bool ShouldRemove(IElement element, bool stripUnlikely, Dictionary<INode, int> paragraphs) =>
        NeverText.Contains(element.LocalName)
        || IsHidden(element)
        || (element.LocalName == "form" && paragraphs.GetValueOrDefault(element) < 3)
        || (stripUnlikely && ClassHints.IsUnlikely(element));

    /// <summary>How many p elements each element holds, in one bottom-up pass (counting per form would be quadratic in nested forms).</summary>
    private static Dictionary<INode, int> ParagraphsBelow(List<INode> nodes)
    {
        var counts = new Dictionary<INode, int>(ReferenceEqualityComparer.Instance);
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            if (nodes[i] is not IElement element || element.ParentElement is not { } parent)
                continue;
            var below = counts.GetValueOrDefault(element) + (element.LocalName == "p" ? 1 : 0);
            if (below > 0)
                counts[parent] = counts.GetValueOrDefault(parent) + below;
        }
        return counts;
    }

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
