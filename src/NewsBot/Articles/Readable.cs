namespace NewsBot.Articles;

/// <summary>Tells text from noise: binary garbage decoded as text is full of control and replacement characters. Pure.</summary>
internal static class Readable
{
    /// <summary>At most this share of a text's characters may be control (other than line breaks and tabs) or U+FFFD.</summary>
    private const double MaxNoise = 0.02;

    /// <summary>True when <paramref name="text"/> reads as human text rather than decoded bytes.</summary>
    public static bool IsReadable(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return false;
        var noise = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
                noise++;
        }
        return noise <= text.Length * MaxNoise;
    }
}
