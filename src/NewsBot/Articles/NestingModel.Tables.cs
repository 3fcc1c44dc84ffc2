namespace NewsBot.Articles;

/// <summary>The table, row, cell, caption, column-group and select insertion modes (WHATWG HTML §13.2.6.4.9–17), and end tags in each.</summary>
internal sealed partial class NestingModel
{
    private void StartInTable(string name, TagKind kind, string attributes, bool selfClosing)
    {
        switch (name)
        {
            case "caption" or "colgroup" or "col" or "tbody" or "thead" or "tfoot" when mode == Mode.Table || LeaveRowOrBody():
                ClearBackTo("table");
                Push(name == "col" ? "colgroup" : name);
                if (name == "caption")
                    open.AddMarker();
                mode = name switch { "caption" => Mode.Caption, "colgroup" or "col" => Mode.ColumnGroup, _ => Mode.TableBody };
                return;
            case "tr" or "td" or "th":
                StartRowPart(name, kind, attributes);
                return;
            case "table":
                if (open.InScope("table", OpenElements.TableScopeBoundary))
                {
                    open.PopUntil("table");
                    ResetMode();
                    Dispatch(name, kind, attributes, selfClosing);
                }
                return;
            case "caption" or "colgroup" or "col" or "tbody" or "thead" or "tfoot":
                return;
            case "form":
                formOpen = true;
                return;
        }
        StartInBody(name, kind, attributes, selfClosing);
    }

    /// <summary>A table section's start tag in a row or body leaves them first; false when there is nothing to leave.</summary>
    private bool LeaveRowOrBody()
    {
        if (mode == Mode.Row && !LeaveRow())
            return false;
        if (!open.InScope("tbody", OpenElements.TableScopeBoundary) && !open.InScope("thead", OpenElements.TableScopeBoundary) && !open.InScope("tfoot", OpenElements.TableScopeBoundary))
            return false;
        ClearBackTo("tbody", "thead", "tfoot");
        open.Pop();
        mode = Mode.Table;
        return true;
    }

    private bool LeaveRow()
    {
        if (!open.InScope("tr", OpenElements.TableScopeBoundary))
            return false;
        ClearBackTo("tr");
        open.Pop();
        mode = Mode.TableBody;
        return true;
    }

    /// <summary>tr, td and th: the parser supplies a missing tbody and tr itself.</summary>
    private void StartRowPart(string name, TagKind kind, string attributes)
    {
        if (mode == Mode.Row && name == "tr" && !LeaveRow())
            return;
        if (mode == Mode.Table)
        {
            ClearBackTo("table");
            Push("tbody");
            mode = Mode.TableBody;
        }
        if (mode == Mode.TableBody)
        {
            ClearBackTo("tbody", "thead", "tfoot");
            if (name == "tr")
            {
                Push(name, kind, attributes);
                mode = Mode.Row;
                return;
            }
            Push("tr");
            mode = Mode.Row;
        }
        ClearBackTo("tr");
        Push(name, kind, attributes);
        open.AddMarker();
        mode = Mode.Cell;
    }

    /// <summary>Pops foster-parented elements back to the nearest table context, if there is one.</summary>
    private void ClearBackTo(string name, string? second = null, string? third = null)
    {
        for (var i = open.Depth - 1; i >= 0; i--)
        {
            var e = open[i];
            if (e.Is(name) || (second is not null && e.Is(second)) || (third is not null && e.Is(third)) || e.Is("template"))
            {
                open.PopAbove(i);
                return;
            }
        }
    }

    private bool CloseCell()
    {
        var cell = open.InScope("td", OpenElements.TableScopeBoundary) ? "td" : open.InScope("th", OpenElements.TableScopeBoundary) ? "th" : null;
        if (cell is null)
            return false;
        open.PopUntil(cell);
        open.ClearToMarker();
        mode = Mode.Row;
        return true;
    }

    private bool CloseCaption()
    {
        if (!open.InScope("caption", OpenElements.TableScopeBoundary))
            return false;
        open.PopUntil("caption");
        open.ClearToMarker();
        mode = Mode.Table;
        return true;
    }

    private void StartInColumnGroup(string name, TagKind kind, string attributes, bool selfClosing)
    {
        if (name == "template")
        {
            StartInBody(name, kind, attributes, selfClosing);
            return;
        }
        if (open.Top?.Is("colgroup") != true)
            return;
        open.Pop();
        mode = Mode.Table;
        Dispatch(name, kind, attributes, selfClosing);
    }

    private void StartInSelect(string name, TagKind kind, string attributes, bool selfClosing)
    {
        if (selectInTable && (IsTablePart(name) || name == "table"))
        {
            CloseSelect();
            Dispatch(name, kind, attributes, selfClosing);
            return;
        }
        switch (name)
        {
            case "html":
                return;
            case "option" or "optgroup":
                if (open.Top?.Is("option") == true)
                    open.Pop();
                if (name == "optgroup" && open.Top?.Is("optgroup") == true)
                    open.Pop();
                Push(name, kind, attributes);
                return;
            case "select":
                if (open.InScope("select", OpenElements.SelectScopeBoundary))
                    CloseSelect();
                return;
        }
        if (name == "template" || open.Top?.Is("select") != true)
            Push(name, kind, attributes);
    }

    private void CloseSelect()
    {
        open.PopUntil("select");
        ResetMode();
    }

    private void EndTag(string name, TagKind kind)
    {
        switch (mode)
        {
            case Mode.Select: EndInSelect(name, kind); break;
            case Mode.Table or Mode.TableBody or Mode.Row: EndInTable(name, kind); break;
            case Mode.Cell: EndInCell(name, kind); break;
            case Mode.Caption when name is "caption" or "table": if (CloseCaption() && name == "table") EndTag(name, kind); break;
            case Mode.ColumnGroup when name == "colgroup" && open.Top?.Is("colgroup") == true: open.Pop(); mode = Mode.Table; break;
            case Mode.ColumnGroup: break;
            default: EndInBody(name, kind); break;
        }
    }

    private void EndInTable(string name, TagKind kind)
    {
        switch (name)
        {
            case "table" when open.InScope("table", OpenElements.TableScopeBoundary):
                open.PopUntil("table");
                ResetMode();
                return;
            case "tr" when mode == Mode.Row:
                LeaveRow();
                return;
            case "tbody" or "thead" or "tfoot" when mode == Mode.TableBody && open.InScope(name, OpenElements.TableScopeBoundary):
                ClearBackTo("tbody", "thead", "tfoot");
                open.Pop();
                mode = Mode.Table;
                return;
            case "table" or "body" or "caption" or "col" or "colgroup" or "html" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr":
                return;
        }
        EndInBody(name, kind);
    }

    private void EndInCell(string name, TagKind kind)
    {
        switch (name)
        {
            case "td" or "th":
                if (open.InScope(name, OpenElements.TableScopeBoundary))
                {
                    open.PopUntil(name);
                    open.ClearToMarker();
                    mode = Mode.Row;
                }
                return;
            case "table" or "tbody" or "tfoot" or "thead" or "tr":
                if (open.InScope(name, OpenElements.TableScopeBoundary) && CloseCell())
                    EndTag(name, kind);
                return;
            case "body" or "caption" or "col" or "colgroup" or "html":
                return;
        }
        EndInBody(name, kind);
    }

    private void EndInSelect(string name, TagKind kind)
    {
        if (selectInTable && name is "caption" or "table" or "tbody" or "tfoot" or "thead" or "tr" or "td" or "th")
        {
            if (open.InScope(name, OpenElements.TableScopeBoundary))
            {
                CloseSelect();
                EndTag(name, kind);
            }
            return;
        }
        if (name == "optgroup" && open.Top?.Is("option") == true && open.BelowTop?.Is("optgroup") == true)
            open.Pop();
        if (name == "select")
        {
            if (open.InScope("select", OpenElements.SelectScopeBoundary))
                CloseSelect();
        }
        else if (open.Top is { } top && top.Is(name) && !top.Is("select"))
            open.Pop();
    }

    /// <summary>An end tag inside MathML closes the nearest MathML element of its name; false when an HTML element comes first.</summary>
    private bool EndInForeign(string name)
    {
        for (var i = open.Depth - 1; i >= 0; i--)
        {
            var e = open[i];
            if (!e.Foreign)
                return false;
            if (e.Name == name)
            {
                open.PopAbove(i);
                open.Pop();
                return true;
            }
        }
        return false;
    }
}
