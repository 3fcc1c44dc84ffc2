using AngleSharp.Dom;

namespace NewsBot.Articles;

/// <summary>Iterative (stack-free) walks and tag facts over an AngleSharp tree, safe for very deep nesting.</summary>
internal static class Dom
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul", "caption", "html",
    };

    /// <summary>True for elements that start a new paragraph of text.</summary>
    public static bool IsBlock(IElement element) => BlockTags.Contains(element.LocalName);

    /// <summary>All nodes under <paramref name="root"/> in document order, materialised so callers may remove nodes.</summary>
    public static List<INode> Descendants(INode root)
    {
        var nodes = new List<INode>();
        var node = root.FirstChild;
        while (node is not null)
        {
            nodes.Add(node);
            node = Next(node, root);
        }
        return nodes;
    }

    /// <summary>The elements under <paramref name="root"/> in document order.</summary>
    public static List<IElement> Elements(INode root) => Descendants(root).OfType<IElement>().ToList();

    /// <summary>The next node in document order after <paramref name="node"/>, staying inside <paramref name="root"/>.</summary>
    public static INode? Next(INode node, INode root)
    {
        if (node.FirstChild is not null)
            return node.FirstChild;
        return NextSkippingChildren(node, root);
    }

    /// <summary>The next node in document order that is not inside <paramref name="node"/>.</summary>
    public static INode? NextSkippingChildren(INode node, INode root)
    {
        for (var current = node; current is not null && current != root; current = current.Parent)
        {
            if (current.NextSibling is not null)
                return current.NextSibling;
        }
        return null;
    }

    /// <summary>The class and id of an element in one lower-case string, for hint matching.</summary>
    public static string ClassAndId(IElement element) =>
        $"{element.GetAttribute("class")} {element.Id}".ToLowerInvariant();
}
