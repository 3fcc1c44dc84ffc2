using System.Text;

namespace NewsBot.Tests.Articles;

/// <summary>Adversarial markup for the extractor, each case grown to any size by repeating a unit; and a tag-dense ordinary page to compare with. Deterministic.</summary>
/// <remarks>
/// The cases follow what makes an HTML5 tree builder slow: deep stacks of open elements (every element kind,
/// opened, self-closed, with text, with distinct attributes, inside tables, selects, ruby and MathML), implied end
/// tags, misnesting and the adoption agency, the list of active formatting elements, foster parenting, and
/// tokenizer states (unclosed comments, attributes, raw text, entities). The bench's hostile driver runs the same cases.
/// </remarks>
public static class HostileMarkup
{
    /// <summary>One adversarial page shape; <see cref="Make"/> grows it to about the given number of characters.</summary>
    public sealed record Case(string Name, Func<int, string> Make)
    {
        public override string ToString() => Name;
    }

    /// <summary>Every element name the HTML5 tree builder treats in its own way, plus ordinary and custom ones.</summary>
    public static readonly string[] Elements =
    [
        "a", "abbr", "address", "applet", "article", "aside", "audio", "b", "bdi", "bdo", "big", "blockquote", "body",
        "button", "canvas", "caption", "center", "cite", "code", "colgroup", "data", "datalist", "dd", "del", "details",
        "dfn", "dialog", "dir", "div", "dl", "dt", "em", "fieldset", "figcaption", "figure", "font", "footer", "form",
        "frameset", "h1", "h2", "h3", "h6", "head", "header", "hgroup", "html", "i", "iframe", "ins", "kbd", "label",
        "legend", "li", "listing", "main", "map", "mark", "marquee", "math", "menu", "menuitem", "meter", "nav", "nobr",
        "noembed", "noframes", "object", "ol", "optgroup", "option", "output", "p", "picture", "pre", "progress", "q",
        "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "search", "section", "select", "slot", "small", "span", "strike",
        "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "title", "tr", "tt",
        "u", "ul", "var", "video", "xmp", "x-custom", "mi", "mtext", "annotation-xml", "foreignobject", "desc",
        "image", "isindex", "keygen", "plaintext", "textarea", "noscript", "template", "svg",
    ];

    /// <summary>Contexts an element run is placed in: the tree builder's insertion modes differ inside each.</summary>
    private static readonly (string Name, string Prefix)[] Contexts =
    [
        ("body", ""), ("table", "<table>"), ("select", "<select>"), ("ruby", "<ruby>"), ("math", "<math>"),
    ];

    /// <summary>All cases: element runs in each context, then misnesting, formatting, tables, lists and tokenizer cases.</summary>
    public static IReadOnlyList<Case> All { get; } = [.. ElementRuns(), .. Structures(), .. Tokenizer()];

    /// <summary>An ordinary article page of about <paramref name="size"/> characters, as tag-dense as real news pages get.</summary>
    public static string Normal(int size) => Page("", i =>
        $"<section class='story s{i % 7}'><h2><a href='/news/{i}'>Headline {i}</a></h2>" +
        $"<p>The council met on <b>Tuesday</b>, and <a href='/t/{i}'>the budget</a> passed, after a long debate about schools, roads and parks.</p>" +
        $"<ul><li><a href='/r/{i}'>Related {i}</a></li><li>Second item</li></ul>" +
        $"<table><tr><td>{i}</td><td>row</td></tr></table><div class='meta'><span>By <i>Staff</i></span></div></section>", size);

    private static IEnumerable<Case> ElementRuns()
    {
        foreach (var (context, prefix) in Contexts)
            foreach (var e in Elements)
            {
                yield return Run($"open {e} in {context}", prefix, _ => $"<{e}>");
                yield return Run($"self-closed {e} in {context}", prefix, _ => $"<{e}/>");
                if (context != "body")
                    continue;
                yield return Run($"open {e} with text", prefix, _ => $"<{e}>t ");
                yield return Run($"open {e} with distinct attributes", prefix, i => $"<{e} class=c{i}>");
                yield return Run($"opened and wrongly closed {e}", prefix, _ => $"<{e}><span></{e}>");
            }
    }

    private static IEnumerable<Case> Structures()
    {
        yield return Run("misnested b p", "", _ => "<b><p>x</b>y</p>");
        yield return Run("misnested b i", "", _ => "<b><i>x</b>y</i>");
        yield return Run("misnested a div", "", _ => "<a href=x><div>y</a>z");
        yield return Run("unclosed b i a", "", _ => "<b><i><a>t");
        yield return Run("a inside a", "", i => $"<a href=/{i}>t");
        yield return Run("nobr inside nobr", "", _ => "<nobr>t");
        yield return Run("formatting storm", "<div>" + string.Concat(Enumerable.Range(0, 500).Select(i => $"<b class=k{i}>")), _ => "</div><div>x");
        yield return Run("formatting across paragraphs", "", i => $"<p><b class=k{i}>x</p>");
        yield return Run("adoption agency furthest block", "", i => $"<b class=k{i}><div>x</b>y");
        yield return Run("formatting in cells", "<table><tr>", i => $"<td><b class=k{i}>x");
        yield return Run("table inside td", "", _ => "<table><tr><td>");
        yield return Run("table inside table", "", _ => "<table>");
        yield return Run("foster-parented divs", "<table>", _ => "<div>x");
        yield return Run("foster-parented text and tags", "<table><tr>", _ => "x<span>y");
        yield return Run("rows without cells", "<table>", _ => "<tr>");
        yield return Run("lists in list items", "", _ => "<ul><li>x");
        yield return Run("list items in lists unclosed", "<ol>", _ => "<li><ol>");
        yield return Run("definition lists", "", _ => "<dl><dt>x<dd>");
        yield return Run("ruby", "", _ => "<ruby>x<rb>y<rt>z<rp>");
        yield return Run("ruby text containers", "<ruby>", _ => "<rtc><rt>x");
        yield return Run("select options", "<select>", _ => "<optgroup><option>x");
        yield return Run("select in select", "", _ => "<select><option>x");
        yield return Run("options outside select", "", _ => "<optgroup><option>x");
        yield return Run("headings in headings", "", _ => "<h1><h2>x");
        yield return Run("buttons in buttons", "", _ => "<button><p>x");
        yield return Run("forms in forms", "", _ => "<form><div>x");
        yield return Run("paragraphs in spans", "", _ => "<span><p>x");
        yield return Run("stray end tags", "<div><div><div>", _ => "</span></p></li></b></a></td></tr>");
        yield return Run("end tags of closed blocks", "", _ => "<span><div></span></div>");
        yield return Run("object applet marquee", "", _ => "<object><applet><marquee>x");
        yield return Run("math and svg", "", _ => "<math><mi><svg><foreignObject><div>");
        yield return Run("self-closed inside math", "<math>", _ => "<mi/><mo/>");
        yield return Run("templates", "", _ => "<template><div>");
    }

    private static IEnumerable<Case> Tokenizer()
    {
        yield return Run("unclosed comments", "", _ => "<!--");
        yield return Run("unclosed comments with text", "<p>x", _ => "<!-- a -");
        yield return Run("bogus comments", "", _ => "<!x<?y</ z");
        yield return Run("huge attribute", "<div class='", _ => "x y ");
        yield return Run("many attributes", "<div ", i => $"a{i}=v ");
        yield return Run("unclosed tags", "", _ => "<div class=a");
        yield return Run("lone less-than signs", "<p>", _ => "< <a <");
        yield return Run("entities", "<p>", _ => "&amp;&lt;&#x41;&#65;&notanentity;&");
        yield return Run("unterminated entities", "<p>", _ => "&#x41414141&amp");
        yield return Run("text only", "<p>", _ => "word, word. ");
        yield return Run("unclosed script", "", _ => "<script>if (a<b) {");
        yield return Run("unclosed style and textarea", "", _ => "<style><textarea>x");
        yield return Run("unclosed raw text", "", _ => "<xmp><plaintext><noembed>");
        yield return Run("unclosed navs", "", _ => "<nav><a>x</a>");
        yield return Run("nul and control characters", "<p>", _ => "\0\u0001\uFFFD\u0085");
        yield return Run("doctype storm", "", _ => "<!DOCTYPE html>");
        yield return Run("nested forms and inputs", "<form>", _ => "<select><input><keygen>");
        yield return Run("pre after pre", "", _ => "<pre>");
        yield return Run("lists in cells", "<table><tr><td>", _ => "<ul><li><dl><dd>");
        yield return Run("paragraph closers in buttons", "<button>", _ => "<p><div>x");
    }

    private static Case Run(string name, string prefix, Func<int, string> unit) => new(name, size => Page(prefix, unit, size));

    private static string Page(string prefix, Func<int, string> unit, int size)
    {
        var html = new StringBuilder(size + 256).Append("<html><body>").Append(prefix);
        for (var i = 0; html.Length < size; i++)
            html.Append(unit(i));
        return html.ToString();
    }
}
