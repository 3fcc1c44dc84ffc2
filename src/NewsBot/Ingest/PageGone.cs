using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Network;
using NewsBot.Storage;

namespace NewsBot.Ingest;

/// <summary>Whether an article whose item left its feed is gone from the site (SPEC §2 Publishing:OnRemoval): its page answers 410 Gone,
/// or 404 twice at least ten minutes apart (a page being moved or republished gets its second look). Any other answer keeps it and
/// ends the check; no answer at all is asked again later. Pure.</summary>
public static partial class PageGone
{
    public static readonly TimeSpan SecondLook = TimeSpan.FromMinutes(10);

    public const string Gone410 = "410 Gone";
    public const string Gone404 = "404 Not Found, twice 10 minutes apart";

    [GeneratedRegex(@"^HTTP ([0-9]{3})( |$)", RegexOptions.NonBacktracking)]
    private static partial Regex HttpStatus();

    /// <summary>The check after asking the page: <paramref name="status"/> is its HTTP status (2xx when it loaded), null when it did not answer.</summary>
    public static (RemovalCheck Check, bool Gone) Next(RemovalCheck? before, int? status, DateTime now) => status switch
    {
        410 => (new RemovalCheck(before?.MissingSince, null, true, Gone410), true),
        404 when before?.MissingSince is { } first && now - first >= SecondLook => (new RemovalCheck(first, null, true, Gone404), true),
        404 => (new RemovalCheck(before?.MissingSince ?? now, (before?.MissingSince ?? now) + SecondLook, false), false),
        null => (new RemovalCheck(before?.MissingSince, now + SecondLook, false), false),
        var kept => (new RemovalCheck(before?.MissingSince, null, true, $"HTTP {kept}"), false),
    };

    /// <summary>The HTTP status a failed fetch reports ("HTTP 410 Gone"); null when the page did not answer (timeout, network, refused).</summary>
    public static int? StatusOf(FetchException e)
    {
        var match = HttpStatus().Match(e.Message);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }
}
