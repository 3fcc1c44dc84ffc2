namespace NewsBot.Articles;

/// <summary>What the HTML5 tree builder does with an element name, as far as <see cref="NestingModel"/> needs it (WHATWG HTML §13.2.4, §13.2.6.4.7).</summary>
[Flags]
internal enum TagKind
{
    None = 0,

    /// <summary>Never opened: void elements, and those the parser inserts and closes at once.</summary>
    Void = 1,

    /// <summary>The spec's "special" category (and AngleSharp's additions): an end tag of another name stops at it.</summary>
    Special = 2,

    /// <summary>Bounds "has an element in scope".</summary>
    Scope = 4,

    /// <summary>Goes on the list of active formatting elements, which the parser reopens after misnesting.</summary>
    Formatting = 8,

    /// <summary>Closed by "generate implied end tags".</summary>
    ImpliedEnd = 16,

    /// <summary>A start tag that closes an open p in button scope.</summary>
    ClosesParagraph = 32,

    /// <summary>Its content is text up to its end tag (RCDATA, RAWTEXT).</summary>
    RawText = 64,

    /// <summary>Ignored in body: table parts outside a table, a second html, head or body.</summary>
    IgnoredInBody = 128,

    /// <summary>Pushes a marker onto the list of active formatting elements.</summary>
    Marker = 256,

    /// <summary>Leaves MathML content for HTML when opened inside it.</summary>
    BreaksOutOfForeign = 512,
}

/// <summary>The <see cref="TagKind"/> of every name the tree builder treats in its own way; other names are ordinary.</summary>
internal static class HtmlTags
{
    private static readonly Dictionary<string, TagKind> Kinds = Build();

    private static readonly Dictionary<string, TagKind>.AlternateLookup<ReadOnlySpan<char>> Lookup = Kinds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lower-case name (shared for known names) and its kind.</summary>
    public static (string Name, TagKind Kind) Identify(ReadOnlySpan<char> name) =>
        Lookup.TryGetValue(name, out var known, out var kind) ? (known, kind) : (name.ToString().ToLowerInvariant(), TagKind.None);

    /// <summary>MathML elements where HTML start tags are HTML again, and foreign scope boundaries.</summary>
    public static bool IsIntegrationPoint(string name) => name is "mi" or "mo" or "mn" or "ms" or "mtext" or "annotation";

    private static Dictionary<string, TagKind> Build()
    {
        var kinds = new Dictionary<string, TagKind>(StringComparer.OrdinalIgnoreCase);
        void Add(TagKind kind, params string[] names)
        {
            foreach (var name in names)
                kinds[name] = kinds.GetValueOrDefault(name) | kind;
        }
        Add(TagKind.Void, "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
            "keygen", "link", "meta", "param", "source", "track", "wbr", "menuitem", "isindex");
        Add(TagKind.Special, "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body",
            "br", "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset",
            "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
            "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta",
            "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search",
            "section", "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th",
            "thead", "title", "tr", "track", "ul", "wbr", "xmp", "time", "isindex", "menuitem", "dialog", "mi", "mo", "mn", "ms",
            "mtext", "annotation");
        Add(TagKind.Scope, "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "mi", "mo", "mn",
            "ms", "mtext", "annotation");
        Add(TagKind.Formatting, "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");
        Add(TagKind.ImpliedEnd, "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc");
        Add(TagKind.ClosesParagraph, "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
            "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "section",
            "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "plaintext", "xmp", "hr", "li", "dd", "dt");
        Add(TagKind.RawText, "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext");
        Add(TagKind.IgnoredInBody, "caption", "col", "colgroup", "frame", "head", "tbody", "td", "tfoot", "th", "thead", "tr",
            "html", "body", "frameset");
        Add(TagKind.Marker, "applet", "marquee", "object", "template", "td", "th", "caption");
        Add(TagKind.BreaksOutOfForeign, "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
            "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol",
            "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font");
        return kinds.ToDictionary(kv => string.Intern(kv.Key.ToLowerInvariant()), kv => kv.Value, StringComparer.OrdinalIgnoreCase);
    }
}
