namespace NewsBot.Articles;

/// <summary>The model's stack of open elements and list of active formatting elements (WHATWG HTML §13.2.4.3–4), by name only.</summary>
/// <remarks>Scans run from the top and stop at scope boundaries, as the parser's do; the prefilter's caps keep both short.</remarks>
internal sealed class OpenElements
{
    /// <summary>An open element as the model knows it: name, kind, MathML or not, and its attribute text (for the Noah's Ark clause).</summary>
    public sealed class Entry(string name, TagKind kind, bool foreign, string attributes)
    {
        public string Name { get; } = name;
        public TagKind Kind { get; } = kind;
        public bool Foreign { get; } = foreign;
        public string Attributes { get; } = attributes;
        public bool OnStack { get; set; }

        public Entry Copy() => new(Name, Kind, Foreign, Attributes);

        public bool Is(string name) => !Foreign && Name == name;
    }

    private readonly List<Entry> stack = [];
    private readonly List<Entry?> formatting = [];

    public int Depth => stack.Count;

    /// <summary>Changes with every push, pop and change to the formatting list: an unchanged version means a token had no effect.</summary>
    public int Version { get; private set; }

    /// <summary>Elements opened so far, reopened formatting elements included.</summary>
    public int Created { get; private set; }

    public Entry? Top => stack.Count == 0 ? null : stack[^1];

    public Entry? BelowTop => stack.Count < 2 ? null : stack[^2];

    public Entry this[int index] => stack[index];

    public void Push(Entry entry)
    {
        stack.Add(entry);
        entry.OnStack = true;
        Created++;
        Version++;
    }

    public void Pop()
    {
        stack[^1].OnStack = false;
        stack.RemoveAt(stack.Count - 1);
        Version++;
    }

    /// <summary>Pops up to and including the nearest open element named <paramref name="name"/> (or <paramref name="other"/>).</summary>
    public void PopUntil(string name, string? other = null)
    {
        while (Top is { } top)
        {
            Pop();
            if (top.Is(name) || (other is not null && top.Is(other)))
                return;
        }
    }

    /// <summary>Pops the elements above <paramref name="index"/>.</summary>
    public void PopAbove(int index)
    {
        while (stack.Count > index + 1)
            Pop();
    }

    public void Remove(Entry entry)
    {
        var index = stack.LastIndexOf(entry);
        if (index < 0)
            return;
        entry.OnStack = false;
        stack.RemoveAt(index);
        Version++;
    }

    /// <summary>Where the nearest element named <paramref name="name"/> is, if no element for which <paramref name="boundary"/> holds is above it; else -1.</summary>
    public int Find(string name, Func<Entry, bool> boundary)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i].Is(name))
                return i;
            if (boundary(stack[i]))
                return -1;
        }
        return -1;
    }

    public int IndexOf(Entry entry) => stack.LastIndexOf(entry);

    /// <summary>The default scope's boundaries: applet, caption, html, table, td, th, marquee, object, template and MathML text elements.</summary>
    public static bool ScopeBoundary(Entry e) => (e.Kind & TagKind.Scope) != 0 && (!e.Foreign || HtmlTags.IsIntegrationPoint(e.Name));

    public static bool ButtonScopeBoundary(Entry e) => ScopeBoundary(e) || e.Is("button");

    public static bool ListItemScopeBoundary(Entry e) => ScopeBoundary(e) || e.Is("ol") || e.Is("ul");

    public static bool TableScopeBoundary(Entry e) => e.Is("table") || e.Is("template");

    public static bool SelectScopeBoundary(Entry e) => !e.Is("optgroup") && !e.Is("option");

    public bool InScope(string name, Func<Entry, bool> boundary) => Find(name, boundary) >= 0;

    /// <summary>Active formatting elements after the last marker.</summary>
    public int FormattingCount
    {
        get
        {
            var count = 0;
            for (var i = formatting.Count - 1; i >= 0 && formatting[i] is not null; i--)
                count++;
            return count;
        }
    }

    /// <summary>Adds a formatting element, dropping the earliest of three identical ones (the Noah's Ark clause).</summary>
    public void AddFormatting(Entry entry)
    {
        var same = 0;
        for (var i = formatting.Count - 1; i >= 0 && formatting[i] is { } e; i--)
        {
            if (e.Name == entry.Name && e.Attributes == entry.Attributes && ++same == 3)
            {
                formatting.RemoveAt(i);
                break;
            }
        }
        formatting.Add(entry);
        Version++;
    }

    public void AddMarker()
    {
        formatting.Add(null);
        Version++;
    }

    public void ClearToMarker()
    {
        Version++;
        while (formatting.Count > 0)
        {
            var last = formatting[^1];
            formatting.RemoveAt(formatting.Count - 1);
            if (last is null)
                return;
        }
    }

    /// <summary>The last active formatting element named <paramref name="name"/> after the last marker.</summary>
    public Entry? LastFormatting(string name)
    {
        for (var i = formatting.Count - 1; i >= 0 && formatting[i] is { } e; i--)
            if (e.Name == name)
                return e;
        return null;
    }

    public void RemoveFormatting(Entry entry)
    {
        if (formatting.Remove(entry))
            Version++;
    }

    public void ReplaceFormatting(Entry old, Entry replacement)
    {
        var index = formatting.LastIndexOf(old);
        if (index >= 0)
            formatting[index] = replacement;
        Version++;
    }

    public void Insert(int index, Entry entry)
    {
        stack.Insert(index, entry);
        entry.OnStack = true;
        Created++;
        Version++;
    }

    /// <summary>Reopens the active formatting elements that misnesting closed, as the parser does before text and most start tags.</summary>
    public void Reconstruct()
    {
        if (formatting.Count == 0 || formatting[^1] is not { OnStack: false })
            return;
        var i = formatting.Count - 1;
        while (i > 0 && formatting[i - 1] is { OnStack: false })
            i--;
        for (; i < formatting.Count; i++)
        {
            var copy = formatting[i]!.Copy();
            Push(copy);
            formatting[i] = copy;
        }
    }
}
