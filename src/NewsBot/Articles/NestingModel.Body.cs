namespace NewsBot.Articles;

/// <summary>The "in body" insertion mode (WHATWG HTML §13.2.6.4.7) and the adoption agency, by name.</summary>
internal sealed partial class NestingModel
{
    private void StartInBody(string name, TagKind kind, string attributes, bool selfClosing)
    {
        switch (name)
        {
            case "a":
                if (open.LastFormatting("a") is { } outer)
                    CloseNested(outer);
                open.Reconstruct();
                AddFormatting(name, kind, attributes);
                return;
            case "nobr":
                open.Reconstruct();
                if (open.InScope("nobr", OpenElements.ScopeBoundary) && open.LastFormatting("nobr") is { } previous)
                {
                    Adopt(previous);
                    open.Reconstruct();
                }
                AddFormatting(name, kind, attributes);
                return;
            case "li" or "dd" or "dt":
                CloseListItem(name == "li" ? "li" : "dd", name == "li" ? "li" : "dt");
                CloseParagraph();
                Push(name, kind, attributes);
                return;
            case "button":
                if (open.InScope("button", OpenElements.ScopeBoundary))
                    open.PopUntil("button");
                open.Reconstruct();
                Push(name, kind, attributes);
                return;
            case "table":
                Push(name, kind, attributes);
                mode = Mode.Table;
                return;
            case "select":
                open.Reconstruct();
                Push(name, kind, attributes);
                selectInTable = mode is not Mode.Body;
                mode = Mode.Select;
                return;
            case "option" or "optgroup":
                if (open.Top?.Is("option") == true)
                    open.Pop();
                open.Reconstruct();
                Push(name, kind, attributes);
                return;
            case "rb" or "rtc" or "rp" or "rt":
                if (open.InScope("ruby", OpenElements.ScopeBoundary))
                    GenerateImpliedEndTags(name is "rp" or "rt" ? "rtc" : null);
                Push(name, kind, attributes);
                return;
            case "form":
                if (formOpen)
                    return;
                CloseParagraph();
                Push(name, kind, attributes);
                formOpen = true;
                return;
            case "math":
                open.Reconstruct();
                if (!selfClosing)
                    Push(name, kind, attributes, foreign: true);
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                CloseParagraph();
                if (open.Top?.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                    open.Pop();
                Push(name, kind, attributes);
                return;
        }
        StartOther(name, kind, attributes);
    }

    private void StartOther(string name, TagKind kind, string attributes)
    {
        if ((kind & TagKind.IgnoredInBody) != 0)
            return;
        if ((kind & TagKind.ClosesParagraph) != 0)
            CloseParagraph();
        else
            open.Reconstruct();
        if ((kind & TagKind.Formatting) != 0)
        {
            AddFormatting(name, kind, attributes);
            return;
        }
        Push(name, kind, attributes);
        if ((kind & TagKind.Marker) != 0)
            open.AddMarker();
        if (name == "template")
            mode = Mode.Body;
    }

    private void AddFormatting(string name, TagKind kind, string attributes)
    {
        var entry = new OpenElements.Entry(name, kind, false, attributes);
        open.Push(entry);
        open.AddFormatting(entry);
    }

    /// <summary>An a inside an a: the parser runs the adoption agency, then forgets the outer one.</summary>
    private void CloseNested(OpenElements.Entry previous)
    {
        Adopt(previous);
        open.Remove(previous);
        open.RemoveFormatting(previous);
    }

    private void CloseListItem(string name, string other)
    {
        for (var i = open.Depth - 1; i >= 0; i--)
        {
            var e = open[i];
            if (e.Is(name) || e.Is(other))
            {
                open.PopAbove(i);
                open.Pop();
                return;
            }
            if ((e.Kind & TagKind.Special) != 0 && !e.Is("address") && !e.Is("div") && !e.Is("p") || e.Foreign)
                return;
        }
    }

    private void GenerateImpliedEndTags(string? except)
    {
        while (open.Top is { Foreign: false } top && (top.Kind & TagKind.ImpliedEnd) != 0 && top.Name != except)
            open.Pop();
    }

    private void EndInBody(string name, TagKind kind)
    {
        switch (name)
        {
            case "body" or "html" or "br":
                return;
            case "p":
                CloseParagraph();
                return;
            case "li":
                if (open.InScope("li", OpenElements.ListItemScopeBoundary))
                    open.PopUntil("li");
                return;
            case "dd" or "dt":
                if (open.InScope(name, OpenElements.ScopeBoundary))
                    open.PopUntil(name);
                return;
            case "form":
                EndForm();
                return;
            case "applet" or "marquee" or "object" or "template":
                if (open.InScope(name, name == "template" ? OpenElements.TableScopeBoundary : OpenElements.ScopeBoundary))
                {
                    open.PopUntil(name);
                    open.ClearToMarker();
                    ResetMode();
                }
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                EndHeading();
                return;
        }
        if ((kind & TagKind.Formatting) != 0 && open.LastFormatting(name) is { } element)
            Adopt(element);
        else if (Blocks.Contains(name))
        {
            if (open.InScope(name, OpenElements.ScopeBoundary))
                open.PopUntil(name);
        }
        else
            EndOther(name);
    }

    /// <summary>"Any other end tag": closes the nearest element of that name unless a special element is nearer.</summary>
    private void EndOther(string name)
    {
        for (var i = open.Depth - 1; i >= 0; i--)
        {
            var e = open[i];
            if (e.Is(name))
            {
                open.PopAbove(i);
                open.Pop();
                return;
            }
            if ((e.Kind & TagKind.Special) != 0 || e.Foreign)
                return;
        }
    }

    private void EndForm()
    {
        if (!formOpen)
            return;
        formOpen = false;
        var at = open.Find("form", OpenElements.ScopeBoundary);
        if (at >= 0)
            open.Remove(open[at]);
    }

    private void EndHeading()
    {
        for (var i = open.Depth - 1; i >= 0; i--)
        {
            var e = open[i];
            if (!e.Foreign && e.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                open.PopAbove(i);
                open.Pop();
                return;
            }
            if (OpenElements.ScopeBoundary(e))
                return;
        }
    }

    /// <summary>The adoption agency, one round: with nothing special above the element it is closed; otherwise a copy moves above the nearest special element (the parser removes more, never less).</summary>
    private void Adopt(OpenElements.Entry element)
    {
        if (!element.OnStack)
        {
            open.RemoveFormatting(element);
            return;
        }
        var at = open.IndexOf(element);
        for (var i = open.Depth - 1; i > at; i--)
            if (OpenElements.ScopeBoundary(open[i]))
                return;
        var furthest = -1;
        for (var i = at + 1; i < open.Depth && furthest < 0; i++)
            if ((open[i].Kind & TagKind.Special) != 0 || open[i].Foreign)
                furthest = i;
        if (furthest < 0)
        {
            open.PopAbove(at);
            open.Pop();
            open.RemoveFormatting(element);
            return;
        }
        var copy = element.Copy();
        open.Remove(element);
        open.Insert(furthest, copy);
        open.ReplaceFormatting(element, copy);
    }
}
