namespace NewsBot.Tests.Posts;

/// <summary>Test-side validator of composed post HTML: only balanced, unnested &lt;b&gt;, only the four named entities, no raw &lt; &gt; &amp;, no characters Telegram rejects.</summary>
internal static class PostHtmlCheck
{
    static readonly string[] Entities = ["&lt;", "&gt;", "&amp;", "&quot;"];

    public static List<string> Problems(string html)
    {
        var problems = new List<string>();
        var bold = false;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                var tag = end < 0 ? html[i..] : html[(i + 1)..end];
                if (tag == "b" && !bold) bold = true;
                else if (tag == "/b" && bold) bold = false;
                else problems.Add($"unexpected tag <{tag}> at {i}");
                i = end < 0 ? html.Length : end;
            }
            else if (c == '>') problems.Add($"raw > at {i}");
            else if (c == '&')
            {
                var entity = Entities.FirstOrDefault(e => string.CompareOrdinal(html, i, e, 0, e.Length) == 0);
                if (entity is null) problems.Add($"raw & at {i}");
                else i += entity.Length - 1;
            }
            else if (c < ' ' && c is not '\n' and not '\t') problems.Add($"control U+{(int)c:X4} at {i}");
            else if (char.IsHighSurrogate(c) && i + 1 < html.Length && char.IsLowSurrogate(html[i + 1])) i++;
            else if (char.IsSurrogate(c)) problems.Add($"unpaired surrogate at {i}");
        }
        if (bold) problems.Add("unclosed <b>");
        return problems;
    }

    public static void AssertValid(string html) => Assert.Empty(Problems(html));
}
