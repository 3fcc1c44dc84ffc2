using AngleSharp.Dom;

namespace NewsBot.Articles;

/// <summary>Drops boilerplate inside the chosen article: bylines, share bars, related lists, link farms, image galleries.</summary>
internal static class ContentCleaner
{
    private static readonly HashSet<string> Conditional = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "ul", "ol", "table", "form", "fieldset", "dl",
    };

    /// <summary>Cleans the descendants of <paramref name="root"/> in place (the root itself stays).</summary>
    /// <param name="articleLength">Text length of all chosen elements: a hinted element holding half of it is kept.</param>
    public static void Clean(IElement root, Dictionary<IElement, TextStats> stats, int articleLength)
    {
        var counts = Counts.Measure(root, stats);
        var rootLength = Math.Max(1, articleLength);
        Dom.Remove(Dom.Outermost(Dom.Elements(root), node =>
        {
            if (node is not IElement element || !stats.TryGetValue(element, out var s))
                return false;
            var c = counts.GetValueOrDefault(element) ?? new Counts();
            return IsBoilerplate(element, s, c, rootLength) || (Conditional.Contains(element.LocalName) && IsJunk(element, s, c));
        }));
    }

    private static bool IsBoilerplate(IElement element, TextStats s, Counts c, int rootLength) =>
        element.LocalName is "h1" or "figure" or "picture"
        || (ClassHints.IsBoilerplate(element) && element.ParentElement?.LocalName != "p" && s.Length < rootLength / 2 && c.LongParagraphs < 3);

    private static bool IsJunk(IElement element, TextStats s, Counts c)
    {
        var weight = ClassHints.Weight(element);
        if (weight < 0)
            return c.LongParagraphs < 3;
        if (s.Commas >= 10)
            return false;
        var isList = element.LocalName is "ul" or "ol";
        var paragraphs = c.Paragraphs;
        return (c.Images > 1 && paragraphs < c.Images / 2.0)
            || (!isList && c.Items > paragraphs && s.LinkDensity > 0.3)
            || c.Inputs > paragraphs / 3.0
            || (!isList && s.Length < 25 && c.Images != 1)
            || (weight < 25 && s.LinkDensity > 0.2 && s.Length < 600)
            || (weight >= 25 && s.LinkDensity > 0.5);
    }

    /// <summary>Per-element counts of paragraphs, images, list items and inputs below it.</summary>
    private sealed class Counts
    {
        public int Paragraphs { get; set; }
        public int LongParagraphs { get; set; }
        public int Images { get; set; }
        public int Items { get; set; }
        public int Inputs { get; set; }

        public static Dictionary<IElement, Counts> Measure(IElement root, Dictionary<IElement, TextStats> stats)
        {
            var counts = new Dictionary<IElement, Counts>(ReferenceEqualityComparer.Instance);
            var elements = Dom.Elements(root);
            for (var i = elements.Count - 1; i >= 0; i--)
            {
                var element = elements[i];
                if (element.ParentElement is not { } parent)
                    continue;
                var own = counts.GetValueOrDefault(element) ?? new Counts();
                if (!counts.TryGetValue(parent, out var into))
                    counts[parent] = into = new Counts();
                into.Add(own, element, stats.GetValueOrDefault(element)?.Length ?? 0);
            }
            return counts;
        }

        private void Add(Counts child, IElement element, int length)
        {
            Paragraphs += child.Paragraphs + (element.LocalName == "p" ? 1 : 0);
            LongParagraphs += child.LongParagraphs + (element.LocalName == "p" && length > 80 ? 1 : 0);
            Images += child.Images + (element.LocalName == "img" ? 1 : 0);
            Items += child.Items + (element.LocalName == "li" ? 1 : 0);
            Inputs += child.Inputs + (element.LocalName is "input" or "select" or "textarea" ? 1 : 0);
        }
    }
}
