using Entry = NewsBot.Articles.OpenElements.Entry;

namespace NewsBot.Articles;

/// <summary>Follows a page's tags the way the HTML5 tree builder will (WHATWG HTML §13.2.6), to tell the prefilter which start tags to drop.</summary>
/// <remarks>
/// AngleSharp, like the spec, scans its stack of open elements at many tokens and its list of active formatting elements
/// at each formatting tag, so N elements left open cost N² — whether left open by a missing end tag, a self-closing
/// slash (ignored on non-void elements), an optional end tag outside its parent (rt without ruby, li without a list),
/// foster parenting or reopened formatting. The model keeps the same stack and list by name, through the insertion
/// modes that matter (body, table, row, cell, caption, column group, select, MathML). Where it is unsure it keeps an
/// element open, so its stack is never shallower than the parser's by more than a constant; a start tag is dropped
/// (its text kept) when the stack is <c>maxDepth</c> deep or the formatting list holds <c>maxFormatting</c> elements.
/// Tags that would change nothing (an end tag of an element not open, a table part outside a table) are dropped too,
/// since the parser would scan its stack for them; and once <c>maxElements</c> elements exist every later tag is
/// dropped (the prefilter stops there), which bounds the parser's and the extractor's work whatever the markup.
/// </remarks>
internal sealed partial class NestingModel(int maxDepth, int maxFormatting, int maxElements)
{
    /// <summary>Consecutive pre or listing start tags allowed: AngleSharp reads the token after each recursively (to drop a leading newline), so thousands overflow the stack.</summary>
    private const int MaxPreRun = 8;

    private enum Mode { Body, Table, TableBody, Row, Cell, Caption, ColumnGroup, Select }

    private static readonly HashSet<string> Blocks =
    [
        "div", "ol", "ul", "dl", "fieldset", "button", "figcaption", "figure", "article", "aside", "blockquote", "center",
        "address", "dialog", "dir", "summary", "details", "listing", "footer", "header", "nav", "section", "menu", "hgroup",
        "main", "pre",
    ];

    private readonly OpenElements open = new();
    private readonly Dictionary<string, int> dropped = [];
    private Mode mode = Mode.Body;
    private bool selectInTable;
    private bool formOpen;
    private int leaves;
    private int tags;
    private int preRun;
    private int noOpVersion = -1;
    private readonly HashSet<string> noOps = [];

    /// <summary>The depth of the modelled stack of open elements.</summary>
    public int Depth => open.Depth;

    /// <summary>True once the page has <c>maxElements</c> elements (an isindex counts for the six the parser makes of it), or
    /// three times as many tags, dropped ones included: real pages have about two per element and drop almost none.</summary>
    public bool Full => open.Created + leaves >= maxElements || tags >= 3 * maxElements;

    /// <summary>Applies a start tag; false when the prefilter is to drop it.</summary>
    /// <remarks>The drop is decided before any effect, so a dropped tag changes the model no more than the parser, which never sees it.</remarks>
    public bool Start(string name, TagKind kind, string attributes, bool selfClosing)
    {
        tags++;
        var foreign = InForeign() && (kind & TagKind.BreaksOutOfForeign) == 0;
        var leaf = foreign ? selfClosing : (kind & TagKind.Void) != 0 || (kind & TagKind.RawText) != 0;
        if (Full || (!leaf && TooMany(name, kind, foreign)))
            return Drop(name);
        preRun = name is "pre" or "listing" ? preRun + 1 : 0;
        if (foreign)
        {
            leaves += leaf ? 1 : 0;
            return leaf || Push(name, kind, attributes, foreign: true);
        }
        while (InForeign())
            open.Pop();
        if (leaf)
        {
            leaves += name == "isindex" ? 6 : 1;
            return Leaf(name, kind);
        }
        var (version, before) = (open.Version, mode);
        Dispatch(name, kind, attributes, selfClosing);
        return open.Version != version || mode != before || name is "html" or "head" or "body";
    }

    private bool TooMany(string name, TagKind kind, bool foreign) =>
        open.Depth >= maxDepth
        || (!foreign && (kind & TagKind.Formatting) != 0 && mode != Mode.Select && open.FormattingCount >= maxFormatting)
        || (name is "pre" or "listing" && preRun >= MaxPreRun);

    private bool Drop(string name)
    {
        if (!Full)
            dropped[name] = dropped.GetValueOrDefault(name) + 1;
        return false;
    }

    /// <summary>True when the element's content is text up to its end tag (not so inside MathML).</summary>
    public bool IsRawText(TagKind kind) => (kind & TagKind.RawText) != 0 && !InForeign();

    /// <summary>Applies an end tag; false when it closes a start tag that was dropped, or would change nothing.</summary>
    /// <remarks>p and br end tags with nothing to close still make an element, so they stay; so do form, html, head and body end tags.</remarks>
    public bool End(string name, TagKind kind)
    {
        tags++;
        if (Full)
            return false;
        if (dropped.TryGetValue(name, out var count) && count > 0)
        {
            dropped[name] = count - 1;
            return false;
        }
        if (open.Version == noOpVersion && noOps.Contains(name))
            return false;
        var (version, before) = (open.Version, mode);
        if (open.Top is not { Foreign: true } || !EndInForeign(name))
            EndTag(name, kind);
        preRun = 0;
        if (open.Version != version || mode != before || name is "form" or "html" or "head" or "body")
            return true;
        if (name is "p" or "br")
        {
            leaves++;
            return true;
        }
        if (noOpVersion != version)
        {
            noOps.Clear();
            noOpVersion = version;
        }
        noOps.Add(name);
        return false;
    }

    /// <summary>Text between tags: the parser reopens misnested formatting elements before inserting it.</summary>
    public void Text(bool blank)
    {
        if (!blank)
            preRun = 0;
        if (InForeign() || mode == Mode.Select)
            return;
        if (mode == Mode.ColumnGroup)
        {
            if (blank)
                return;
            if (open.Top?.Is("colgroup") == true)
                open.Pop();
            mode = Mode.Table;
            return;
        }
        open.Reconstruct();
    }

    private bool InForeign() => open.Top is { Foreign: true } top && !HtmlTags.IsIntegrationPoint(top.Name);

    private void Dispatch(string name, TagKind kind, string attributes, bool selfClosing)
    {
        switch (mode)
        {
            case Mode.Select: StartInSelect(name, kind, attributes, selfClosing); break;
            case Mode.Table or Mode.TableBody or Mode.Row: StartInTable(name, kind, attributes, selfClosing); break;
            case Mode.Cell when IsTablePart(name): ReprocessAfter(CloseCell(), name, kind, attributes, selfClosing); break;
            case Mode.Caption when IsTablePart(name): ReprocessAfter(CloseCaption(), name, kind, attributes, selfClosing); break;
            case Mode.ColumnGroup: StartInColumnGroup(name, kind, attributes, selfClosing); break;
            default: StartInBody(name, kind, attributes, selfClosing); break;
        }
    }

    private void ReprocessAfter(bool closed, string name, TagKind kind, string attributes, bool selfClosing)
    {
        if (closed)
            Dispatch(name, kind, attributes, selfClosing);
    }

    private static bool IsTablePart(string name) =>
        name is "caption" or "col" or "colgroup" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr";

    /// <summary>Void and raw-text elements leave the stack as it was, but may close a p or reopen formatting first.</summary>
    private bool Leaf(string name, TagKind kind)
    {
        if (mode == Mode.Select)
        {
            if (name is "input" or "keygen" or "textarea" && open.InScope("select", OpenElements.SelectScopeBoundary))
                CloseSelect();
            return true;
        }
        if ((kind & TagKind.ClosesParagraph) != 0)
            CloseParagraph();
        else if (name is "br" or "img" or "image" or "input" or "area" or "embed" or "keygen" or "wbr" or "xmp")
            open.Reconstruct();
        return true;
    }

    private bool Push(string name, TagKind kind, string attributes, bool foreign = false)
    {
        open.Push(new Entry(name, kind, foreign, attributes));
        return true;
    }

    private void Push(string name) => Push(name, HtmlTags.Identify(name).Kind, "");

    private void CloseParagraph()
    {
        if (open.InScope("p", OpenElements.ButtonScopeBoundary))
            open.PopUntil("p");
    }

    private void ResetMode()
    {
        mode = Mode.Body;
        for (var i = open.Depth - 1; i >= 0; i--)
        {
            var e = open[i];
            if (e.Foreign)
                continue;
            switch (e.Name)
            {
                case "select": mode = Mode.Select; selectInTable = TableBelow(i); return;
                case "td" or "th": mode = Mode.Cell; return;
                case "tr": mode = Mode.Row; return;
                case "tbody" or "thead" or "tfoot": mode = Mode.TableBody; return;
                case "caption": mode = Mode.Caption; return;
                case "colgroup": mode = Mode.ColumnGroup; return;
                case "table": mode = Mode.Table; return;
                case "template": return;
            }
        }
    }

    private bool TableBelow(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (open[i].Is("template"))
                return false;
            if (open[i].Is("table"))
                return true;
        }
        return false;
    }
}
