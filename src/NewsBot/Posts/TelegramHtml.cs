namespace NewsBot.Posts;

/// <summary>Telegram's HTML parse mode: escaping outside text and measuring text length after entity parsing. Pure.</summary>
public static class TelegramHtml
{
    /// <summary>Escapes &lt; &gt; &amp; and &quot; — the only named entities Telegram knows.</summary>
    public static string Escape(string text) => throw new NotImplementedException();

    /// <summary>The length Telegram counts: tags removed, entities decoded, in UTF-16 code units.</summary>
    public static int VisibleLength(string html) => throw new NotImplementedException();
}
