using AngleSharp.Dom;

namespace NewsBot.Articles;

/// <summary>Text facts of one element: its whole text, the text outside nested blocks, link text and commas.</summary>
internal sealed class TextStats
{
    public int Length { get; set; }
    public int InlineLength { get; set; }
    public int LinkLength { get; set; }
    public int Commas { get; set; }
    public int InlineCommas { get; set; }

    /// <summary>Share of the text that sits inside links (0 when there is no text).</summary>
    public double LinkDensity => Length == 0 ? 0 : Math.Min(1, (double)LinkLength / Length);

    /// <summary>Computes stats for every element under <paramref name="root"/> in one bottom-up pass.</summary>
    public static Dictionary<IElement, TextStats> Measure(INode root)
    {
        var stats = new Dictionary<IElement, TextStats>(ReferenceEqualityComparer.Instance);
        var nodes = Dom.Descendants(root);
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            var node = nodes[i];
            if (node.ParentElement is not { } parent)
                continue;
            var into = For(stats, parent);
            if (node is IElement element)
                AddChild(into, For(stats, element), element);
            else if (node.NodeType == NodeType.Text)
                AddText(into, node.TextContent);
        }
        return stats;
    }

    /// <summary>Whitespace-collapsed length of a piece of text.</summary>
    public static int CollapsedLength(string text)
    {
        var length = 0;
        var space = true;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace || !space)
                length++;
            space = isSpace;
        }
        return length;
    }

    private static TextStats For(Dictionary<IElement, TextStats> stats, IElement element)
    {
        if (!stats.TryGetValue(element, out var found))
            stats[element] = found = new TextStats();
        return found;
    }

    private static void AddChild(TextStats parent, TextStats child, IElement element)
    {
        if (element.LocalName == "a")
            child.LinkLength = child.Length;
        parent.Length += child.Length;
        parent.LinkLength += child.LinkLength;
        parent.Commas += child.Commas;
        if (!Dom.IsBlock(element))
        {
            parent.InlineLength += child.InlineLength;
            parent.InlineCommas += child.InlineCommas;
        }
    }

    private static void AddText(TextStats parent, string text)
    {
        var length = CollapsedLength(text);
        var commas = text.Count(c => c is ',' or '，' or '、');
        parent.Length += length;
        parent.InlineLength += length;
        parent.Commas += commas;
        parent.InlineCommas += commas;
    }
}
