using System.Text;
using AngleSharp.Dom;

namespace NewsBot.Articles;

/// <summary>Turns the chosen article elements into plain paragraphs: one per block, whitespace collapsed, junk dropped.</summary>
internal static class BlockCollector
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "h1", "h5", "h6", "img", "picture", "source", "figure", "figcaption", "script", "style", "button", "svg",
    };

    /// <summary>The paragraphs of <paramref name="roots"/> in document order.</summary>
    public static List<string> Collect(IEnumerable<IElement> roots, string? title)
    {
        var paragraphs = new List<string>();
        foreach (var root in roots)
            Collect(root, paragraphs);
        return paragraphs.Where(p => !IsTitle(p, title)).ToList();
    }

    private static void Collect(IElement root, List<string> paragraphs)
    {
        var buffer = new Paragraph(paragraphs);
        var stack = new Stack<(INode Node, bool Exit)>();
        PushChildren(stack, root);
        var linkDepth = 0;
        var headingDepth = 0;
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                if (exit)
                {
                    if (Dom.IsBlock(element))
                        buffer.Flush(headingDepth > 0);
                    linkDepth -= element.LocalName == "a" ? 1 : 0;
                    headingDepth -= IsHeading(element) ? 1 : 0;
                    continue;
                }
                if (Skipped.Contains(element.LocalName))
                    continue;
                if (element.LocalName == "br" || Dom.IsBlock(element))
                    buffer.Flush(headingDepth > 0);
                linkDepth += element.LocalName == "a" ? 1 : 0;
                headingDepth += IsHeading(element) ? 1 : 0;
                stack.Push((element, true));
                PushChildren(stack, element);
            }
            else if (node.NodeType == NodeType.Text)
                buffer.Append(node.TextContent, linkDepth > 0);
        }
        buffer.Flush(false);
    }

    private static bool IsHeading(IElement element) => element.LocalName is "h2" or "h3" or "h4";

    private static void PushChildren(Stack<(INode, bool)> stack, INode parent)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
            stack.Push((children[i], false));
    }

    private static bool IsTitle(string paragraph, string? title) =>
        title is not null && string.Equals(paragraph, title, StringComparison.OrdinalIgnoreCase);

    /// <summary>The paragraph being gathered: collapsed text and how much of it is link text.</summary>
    private sealed class Paragraph(List<string> into)
    {
        private readonly StringBuilder text = new();
        private int linkChars;

        public void Append(string raw, bool inLink)
        {
            var before = text.Length;
            foreach (var c in raw)
            {
                if (!char.IsWhiteSpace(c))
                    text.Append(c);
                else if (text.Length > 0 && text[^1] != ' ')
                    text.Append(' ');
            }
            if (inLink)
                linkChars += text.Length - before;
        }

        /// <summary>Ends the paragraph; link-only headings are kept (list articles title their items with links).</summary>
        public void Flush(bool heading)
        {
            var paragraph = text.ToString().Trim();
            var links = linkChars;
            text.Clear();
            linkChars = 0;
            if (paragraph.Length == 0 || !paragraph.Any(char.IsLetterOrDigit))
                return;
            if ((!heading && (double)links / paragraph.Length > 0.7) || BoilerplateText.IsBoilerplate(paragraph))
                return;
            into.Add(paragraph);
        }
    }
}
