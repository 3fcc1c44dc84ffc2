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

    /// <summary>Removes <paramref name="nodes"/> from their parents; a parent losing many children is rebuilt at once.</summary>
    /// <remarks>AngleSharp finds a child's index by scanning its parent's children, so removing k of n siblings one by one costs k·n:
    /// ten thousand removed siblings cost a third of a second. Emptying the parent and putting the kept children back is linear.</remarks>
    public static void Remove(IReadOnlyList<INode> nodes)
    {
        var byParent = new Dictionary<INode, List<INode>>(ReferenceEqualityComparer.Instance);
        foreach (var node in nodes)
        {
            if (node.Parent is { } parent)
                (byParent.TryGetValue(parent, out var siblings) ? siblings : byParent[parent] = []).Add(node);
        }
        foreach (var (parent, siblings) in byParent)
        {
            if (siblings.Count < ManyRemovals)
            {
                foreach (var node in siblings)
                    parent.RemoveChild(node);
                continue;
            }
            var removed = siblings.ToHashSet(ReferenceEqualityComparer.Instance);
            var kept = parent.ChildNodes.Where(c => !removed.Contains(c)).ToList();
            ((IParentNode)parent).ReplaceChildren();
            foreach (var child in kept)
                parent.AppendChild(child);
        }
    }

    private const int ManyRemovals = 32;

    /// <summary>The nodes for which <paramref name="remove"/> holds, leaving out those inside one already chosen (they go with it; removing each would cost its subtree again).</summary>
    public static List<INode> Outermost(IEnumerable<INode> nodesInDocumentOrder, Func<INode, bool> remove)
    {
        var gone = new HashSet<INode>(ReferenceEqualityComparer.Instance);
        var chosen = new List<INode>();
        foreach (var node in nodesInDocumentOrder)
        {
            if (node.Parent is { } parent && gone.Contains(parent))
                gone.Add(node);
            else if (remove(node))
            {
                gone.Add(node);
                chosen.Add(node);
            }
        }
        return chosen;
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
