using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Posts;

/// <summary>Item categories as Telegram hashtags ("World news" → #WorldNews), added under a post when a channel wants them. Pure.</summary>
/// <remarks>Telegram links "#" followed by letters, digits and underscores, not digits alone; anything else ends the tag. So each
/// category's words (letters and digits) are joined with their first letters capitalised, and what is left without a letter is dropped.</remarks>
public static partial class Hashtags
{
    /// <summary>At most this many tags under a post, each at most <see cref="MaxLength"/> characters.</summary>
    public const int MaxTags = 5;
    public const int MaxLength = 40;

    [GeneratedRegex(@"[\p{L}\p{Mn}\p{Nd}]+", RegexOptions.NonBacktracking)]
    private static partial Regex Word();

    /// <summary>One category as a hashtag, or null when it has no letter or is too long to be one.</summary>
    public static string? Normalize(string? category)
    {
        var words = Word().Matches(category ?? "").Select(m => m.Value).ToList();
        if (words.Count == 0) return null;
        var tag = new StringBuilder("#");
        foreach (var word in words)
            tag.Append(words.Count == 1 ? word : char.ToUpperInvariant(word[0]) + word[1..]);
        var text = tag.ToString();
        return text.Length - 1 <= MaxLength && text.Skip(1).Any(char.IsLetter) ? text : null;
    }

    /// <summary>The hashtag line of a post's categories: distinct (case-insensitively), in order, at most <see cref="MaxTags"/>; "" when none.</summary>
    public static string Line(IEnumerable<string>? categories) =>
        string.Join(' ', (categories ?? []).Select(Normalize).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTags));

    /// <summary>The post's HTML with the hashtag line under it, when the line fits the message's limit (visible characters); else as it was.</summary>
    public static string Append(string html, string line, int limit)
    {
        if (line.Length == 0) return html;
        return TelegramHtml.VisibleLength(html) + 2 + line.Length <= limit ? html + "\n\n" + line : html;
    }
}
