using AngleSharp.Dom;

namespace NewsBot.Articles;

/// <summary>Scores candidate containers by the paragraphs they hold (Readability-like) and picks the article's elements.</summary>
internal static class ContentPicker
{
    private const int MinParagraph = 25;
    private const int AncestorLevels = 5;

    /// <summary>The elements that hold the article, in document order: the best container and any sibling that scores alike.</summary>
    public static IReadOnlyList<IElement> Pick(IElement body, Dictionary<IElement, TextStats> stats)
    {
        var scores = Score(body, stats);
        if (scores.Count == 0)
            return [body];
        var best = scores.MaxBy(kv => kv.Value).Key;
        best = Climb(best, body, scores);
        return WithSiblings(best, body, scores, stats);
    }

    private static Dictionary<IElement, double> Score(IElement body, Dictionary<IElement, TextStats> stats)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var element in Dom.Elements(body))
        {
            var (length, commas) = ParagraphText(element, stats);
            if (length < MinParagraph)
                continue;
            var points = 1 + commas + Math.Min(length / 100, 3);
            var ancestor = element.ParentElement;
            for (var level = 0; level < AncestorLevels && ancestor is not null && ancestor != body.ParentElement; level++)
            {
                if (!scores.ContainsKey(ancestor))
                    scores[ancestor] = InitialScore(ancestor);
                scores[ancestor] += points / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
                ancestor = ancestor.ParentElement;
            }
        }
        foreach (var element in scores.Keys.ToList())
            scores[element] *= 1 - stats.GetValueOrDefault(element)?.LinkDensity ?? 0;
        return scores;
    }

    private static (int Length, int Commas) ParagraphText(IElement element, Dictionary<IElement, TextStats> stats)
    {
        if (!stats.TryGetValue(element, out var s))
            return (0, 0);
        return element.LocalName switch
        {
            "p" or "pre" or "td" => (s.Length, s.Commas),
            "div" or "section" or "article" or "main" or "blockquote" or "li" or "dd" => (s.InlineLength, s.InlineCommas),
            _ => (0, 0),
        };
    }

    private static double InitialScore(IElement element)
    {
        var tagScore = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return tagScore + ClassHints.Weight(element);
    }

    private static IElement Climb(IElement best, IElement body, Dictionary<IElement, double> scores)
    {
        var lastScore = scores[best];
        var threshold = lastScore / 3;
        for (var parent = best.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!scores.TryGetValue(parent, out var parentScore))
                continue;
            if (parentScore < threshold)
                break;
            if (parentScore > lastScore)
            {
                best = parent;
                break;
            }
            lastScore = parentScore;
        }
        while (best.ParentElement is { } only && only != body && only.Children.Length == 1)
            best = only;
        return best;
    }

    private static IReadOnlyList<IElement> WithSiblings(IElement best, IElement body, Dictionary<IElement, double> scores, Dictionary<IElement, TextStats> stats)
    {
        if (best == body || best.ParentElement is not { } parent)
            return [best];
        var bestScore = scores.GetValueOrDefault(best);
        var threshold = Math.Max(10, bestScore * 0.2);
        var bestClass = best.GetAttribute("class");
        var picked = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            var bonus = !string.IsNullOrEmpty(bestClass) && sibling.GetAttribute("class") == bestClass ? bestScore * 0.2 : 0;
            if (sibling == best)
                picked.Add(sibling);
            else if (ClassHints.IsBoilerplate(sibling))
                continue;
            else if (scores.GetValueOrDefault(sibling) + bonus >= threshold || IsLooseParagraph(sibling, stats))
                picked.Add(sibling);
        }
        return picked;
    }

    /// <summary>A p, or a div holding only inline content (Readability reads such divs as paragraphs).</summary>
    private static bool IsParagraphLike(IElement element, TextStats s) =>
        element.LocalName == "p" || (element.LocalName == "div" && s.InlineLength == s.Length);

    private static bool IsLooseParagraph(IElement sibling, Dictionary<IElement, TextStats> stats)
    {
        if (!stats.TryGetValue(sibling, out var s) || !IsParagraphLike(sibling, s))
            return false;
        if (s.Length > 80)
            return s.LinkDensity < 0.25;
        var text = sibling.TextContent.Trim();
        return s.Length > 0 && s.LinkDensity == 0 && (text.EndsWith('.') || text.Contains(". ", StringComparison.Ordinal));
    }
}
