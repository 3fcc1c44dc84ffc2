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
    /// <remarks>Children are read by index: AngleSharp's NextSibling searches the parent's list, which is quadratic on wide pages.</remarks>
    public static List<INode> Descendants(INode root)
    {
        var nodes = new List<INode>();
        var stack = new Stack<INode>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            nodes.Add(node);
            PushChildren(stack, node);
        }
        return nodes;
    }

    /// <summary>The elements under <paramref name="root"/> in document order.</summary>
    public static List<IElement> Elements(INode root) => Descendants(root).OfType<IElement>().ToList();

    /// <summary>Pushes the children of <paramref name="parent"/> so that the first child is popped first.</summary>
    public static void PushChildren(Stack<INode> stack, INode parent)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
            stack.Push(children[i]);
    }

    /// <summary>The class and id of an element in one lower-case string, for hint matching.</summary>
    public static string ClassAndId(IElement element)
    {
        var (classes, id) = (element.GetAttribute("class"), element.Id);
        if (string.IsNullOrEmpty(classes) && string.IsNullOrEmpty(id))
            return "";
        return $"{classes} {id}".ToLowerInvariant();
    }
}
