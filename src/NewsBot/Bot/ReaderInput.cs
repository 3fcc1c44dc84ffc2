using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsBot.Storage;

namespace NewsBot.Bot;

/// <summary>Parses readers' command arguments and button data; null means "answer with the usage hint". Pure.</summary>
public static partial class ReaderInput
{
    public const int DefaultLatest = 5;
    public const int MaxLatest = 20;
    public const int MaxSearchStems = 3;

    /// <summary>Telegram's limit on callback_data, in UTF-8 bytes.</summary>
    public const int MaxCallbackBytes = 64;

    /// <summary>Arguments longer than this are no section or search anyone meant.</summary>
    private const int LongestArgument = 200;

    [GeneratedRegex(@"^([01]?[0-9]|2[0-3]):([0-5][0-9])$", RegexOptions.NonBacktracking)]
    private static partial Regex ClockTime();

    [GeneratedRegex("^[0-9a-f]{16}$", RegexOptions.NonBacktracking)]
    private static partial Regex Cursor();

    /// <summary>/latest [n] [section]: the count (default 5, 1–20) and the section name, if any.</summary>
    public static (int Count, string? Section)? Latest(string args)
    {
        if (args.Length > LongestArgument) return null;
        var words = args.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return (DefaultLatest, null);
        if (!int.TryParse(words[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
            return long.TryParse(words[0], out _) ? null : (DefaultLatest, string.Join(' ', words));
        if (count is < 1 or > MaxLatest) return null;
        return (count, words.Length > 1 ? string.Join(' ', words[1..]) : null);
    }

    /// <summary>/search words: up to three stems, longest first; null when no word is long enough.</summary>
    public static IReadOnlyList<string>? Search(string args)
    {
        if (args.Length > LongestArgument) args = args[..LongestArgument];
        var stems = ArticleIndex.Stems(args).OrderByDescending(s => s.Length).Take(MaxSearchStems).ToList();
        return stems.Count == 0 ? null : stems;
    }

    /// <summary>/digest HH:MM|off: minutes after midnight, or -1 for off.</summary>
    public static int? Digest(string args)
    {
        var text = args.Trim();
        if (text.Equals("off", StringComparison.OrdinalIgnoreCase) || text.Equals("вимк", StringComparison.OrdinalIgnoreCase)) return -1;
        var match = ClockTime().Match(text);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * 60 + int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>/lang uk|en.</summary>
    public static string? Language(string args) => args.Trim().ToLowerInvariant() switch
    {
        "uk" or "ua" or "українська" => "uk",
        "en" or "english" => "en",
        _ => null,
    };

    public static string Clock(int minute) => $"{minute / 60:00}:{minute % 60:00}";

    /// <summary>"news:l:SECTION:CURSOR" pages /latest on (section 0 = all).</summary>
    public static string LatestMore(int? sectionId, string cursor) => $"news:l:{sectionId ?? 0}:{cursor}";

    /// <summary>"news:s:CURSOR:STEM,STEM" pages /search on; stems that would pass Telegram's 64 bytes are dropped.</summary>
    public static string SearchMore(string cursor, IReadOnlyList<string> stems)
    {
        var kept = stems.ToList();
        string Data() => $"news:s:{cursor}:{string.Join(',', kept)}";
        while (kept.Count > 1 && Encoding.UTF8.GetByteCount(Data()) > MaxCallbackBytes) kept.RemoveAt(kept.Count - 1);
        return Data();
    }

    /// <summary>A "More" button's data, checked field by field (buttons can be forged); null when it is no such button.</summary>
    public static MoreRequest? More(string data)
    {
        if (Encoding.UTF8.GetByteCount(data) > MaxCallbackBytes) return null;
        var parts = data.Split(':');
        if (parts is not ["news", var kind, var first, var second]) return null;
        if (kind == "l" && int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var section) && Cursor().IsMatch(second))
            return new MoreRequest(section == 0 ? null : section, null, second);
        if (kind == "s" && Cursor().IsMatch(first))
        {
            var stems = second.Split(',');
            if (stems.Length is > 0 and <= MaxSearchStems && stems.All(s => ArticleIndex.Stems(s) is [var only] && only == s))
                return new MoreRequest(null, stems, first);
        }
        return null;
    }

    /// <summary>"sub:t:SECTION" toggles a section in /sections.</summary>
    public static string Toggle(int sectionId) => $"sub:t:{sectionId}";

    public static int? ToggledSection(string data) =>
        data.StartsWith("sub:t:", StringComparison.Ordinal) && int.TryParse(data.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}

/// <summary>What a "More" button asks for: the next page of /latest (a section or all) or of /search (stems), after a cursor.</summary>
public sealed record MoreRequest(int? SectionId, IReadOnlyList<string>? Stems, string After);
