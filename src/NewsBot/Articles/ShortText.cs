using System.Text.RegularExpressions;

namespace NewsBot.Articles;

/// <summary>Matching for the extractor's and summarizer's patterns over class names, paragraphs and sentences.</summary>
/// <remarks>
/// These patterns are alternations of words behind an anchor, linear in the text even for the backtracking engine
/// (the regex tests feed each a megabyte), and they stay source-generated: the linear engine would cost a third of
/// a second of CPU to construct in every process, which every <c>summarize</c> run and every first page would pay.
/// The match timeout is the guarantee; a text that reaches it is read as not matching rather than failing the page.
/// Only a text's first <see cref="MaxLength"/> characters are read: class names, bylines, credits and calls to
/// action sit at the start (the unanchored patterns only look at short texts), and a megabyte-long class attribute
/// would otherwise take the whole timeout at each of the five class patterns.
/// </remarks>
internal static class ShortText
{
    public const int TimeoutMilliseconds = 250;

    public const int MaxLength = 2_000;

    public static bool Matches(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text.AsSpan(0, Math.Min(text.Length, MaxLength)));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
