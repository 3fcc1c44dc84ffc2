using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using NewsBot.Articles;
using NewsBot.Feeds;
using NewsBot.Network;
using NewsBot.Summaries;

namespace NewsBot.Tests;

/// <summary>Each regex in src (and the hand-written scans that replaced two) gets a megabyte shaped to make a backtracking engine rescan, and stays linear.</summary>
/// <remarks>
/// The bound is CPU time of the test's own thread, not wall time, and generous: each case takes milliseconds when
/// linear and minutes when quadratic (250,000 unclosed "&lt;!--" each rescanned to the end are 6·10¹⁰ steps).
/// The extractor's and summarizer's short-text patterns are fed through <see cref="ShortText.Matches"/>, as in production:
/// they keep the backtracking engine with a match timeout and read a text's first characters.
/// </remarks>
public sealed class RegexLinearityTests(ITestOutputHelper output)
{
    private const int Megabyte = 1 << 20;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    private static readonly Dictionary<string, Func<object>> Cases = new()
    {
        ["FeedText.Tag: unclosed comments"] = () => FeedText.Tag().Replace(Repeat("<!--"), " "),
        ["FeedText.Tag: unclosed tags"] = () => FeedText.Tag().Replace(Repeat("<a title='x' "), " "),
        ["FeedText.FromHtml: a title of unclosed comments"] = () => FeedText.FromHtml("Title " + Repeat("<!--")) ?? "",
        ["FeedText.Collapse"] = () => FeedText.Collapse(Repeat(" \t\n") + "x" + Repeat("\u00a0 ")) ?? "",
        ["FeedText.Scheme"] = () => FeedText.Scheme().IsMatch(Repeat("a+.-")),
        ["FeedDates.Rfc822Pattern"] = () => FeedDates.Rfc822Pattern().Match("Mon, 1 " + Repeat("Jan - ")).Success,
        ["FeedXmlRepair.Doctype: unclosed internal subsets"] = () => FeedXmlRepair.Doctype().Replace(Repeat("<!DOCTYPE x [ "), ""),
        ["FeedXmlRepair.XmlDeclaration: unclosed declarations"] = () => FeedXmlRepair.XmlDeclaration().Replace(Repeat("<?xml v "), ""),
        ["FeedXmlRepair.ReplaceEntities"] = () => FeedXmlRepair.ReplaceEntities(Repeat("&&#1234567&#x&nbsp&amp;x")),
        ["FeedXmlRepair.DeclaredPrefix"] = () => FeedXmlRepair.DeclaredPrefix().Matches(Repeat("xmlns:a.b-c ")).Count,
        ["FeedXmlRepair.UsedPrefix"] = () => FeedXmlRepair.UsedPrefix().Matches(" " + Repeat("a.b-c_")).Count,
        ["FeedXmlRepair.RootName"] = () => FeedXmlRepair.RootName().Match("<" + Repeat("a.b:c-d")).Length,
        ["FeedXmlRepair.Repair: a feed of unclosed declarations and doctypes"] = () => FeedXmlRepair.Repair("<rss>" + Repeat("<!DOCTYPE [<?xml a&x ")),
        ["Charset.EncodingAttribute"] = () => Charset.EncodingAttribute().Match(Repeat("encoding = 'utf-8 ")).Success,
        ["Charset.MetaCharsetPattern: unclosed meta tags"] = () => Charset.MetaCharsetPattern().Match(Repeat("<meta name=x ")).Success,
        ["SentenceFilter.Byline"] = () => ShortText.Matches(SentenceFilter.Byline(), Repeat("— ") + "by"),
        ["SentenceFilter.ClockTime"] = () => ShortText.Matches(SentenceFilter.ClockTime(), Repeat("12:3")),
        ["ClassHints.Unlikely"] = () => ShortText.Matches(ClassHints.Unlikely(), Repeat("ad-banne")),
        ["ClassHints.MaybeCandidate"] = () => ShortText.Matches(ClassHints.MaybeCandidate(), Repeat("colum")),
        ["ClassHints.Positive"] = () => ShortText.Matches(ClassHints.Positive(), Repeat("h-entr")),
        ["ClassHints.Negative"] = () => ShortText.Matches(ClassHints.Negative(), Repeat(" hi hidd")),
        ["ClassHints.Boilerplate"] = () => ShortText.Matches(ClassHints.Boilerplate(), Repeat("-bi tag-li read-")),
        ["BoilerplateText.Credit"] = () => ShortText.Matches(BoilerplateText.Credit(), Repeat("— ") + "photo" + Repeat(" ")),
        ["BoilerplateText.ReadAlso"] = () => ShortText.Matches(BoilerplateText.ReadAlso(), Repeat("— ") + "read" + Repeat(" ")),
        ["BoilerplateText.Call"] = () => ShortText.Matches(BoilerplateText.Call(), Repeat("— ") + "subscrib"),
        ["BoilerplateText.ShortMarker"] = () => ShortText.Matches(BoilerplateText.ShortMarker(), Repeat("photo credit ")),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_megabyte_of_adversarial_input_takes_linear_time(string name)
    {
        var start = ThreadClock.Now();
        Cases[name]();
        var used = TimeSpan.FromTicks(ThreadClock.Now() - start);
        output.WriteLine($"{name}: {used.TotalMilliseconds:0} ms of CPU for 1 MB");
        Assert.True(used < Limit, $"{name}: {used.TotalMilliseconds:0} ms of CPU for 1 MB");
    }

    [Fact]
    public void Every_generated_regex_in_src_is_linear_or_has_a_match_timeout()
    {
        var regexes = typeof(Extractor).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && m.IsDefined(typeof(GeneratedRegexAttribute), false))
            .Select(m => (Name: $"{m.DeclaringType!.Name}.{m.Name}", Regex: (Regex)m.Invoke(null, null)!))
            .ToList();
        Assert.NotEmpty(regexes);
        var backtracking = regexes
            .Where(r => !r.Regex.Options.HasFlag(RegexOptions.NonBacktracking) && r.Regex.MatchTimeout == Regex.InfiniteMatchTimeout)
            .Select(r => r.Name);
        Assert.Empty(backtracking);
    }

    private static string Repeat(string unit)
    {
        var text = new StringBuilder(Megabyte + unit.Length);
        while (text.Length < Megabyte)
            text.Append(unit);
        return text.ToString();
    }
}
