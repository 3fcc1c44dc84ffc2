using System.Text.Json;
using System.Xml;
using FsCheck;
using FsCheck.Xunit;
using NewsBot.Articles;
using NewsBot.Feeds;
using NewsBot.Summaries;
using NewsBot.Tests.Support.Fuzzing;

namespace NewsBot.Tests.Feeds;

/// <summary>
/// Fuzz-style properties over the feed parser (issue 9): mutants of the evaluation feeds (truncated, bytes flipped,
/// tags duplicated or dropped, charset bytes and labels garbled) parse, or fail with <see cref="FeedFormatException"/>
/// and nothing else; what the feed pass then does with the items (keys, a story from the item alone) never throws;
/// and no mutant costs more than 20x its source per byte.
/// </summary>
/// <remarks>Each run draws new mutants; a failure prints the recipe and FsCheck's Replay seed, which reproduces it as <c>[Property(Replay = "…")]</c>.</remarks>
public sealed class FeedFuzzTests
{
    private static readonly LinearCost Linear = new((bytes, charset) => ParseAndUse(bytes, charset));

    [Property(MaxTest = 400, Arbitrary = new[] { typeof(Mutants) })]
    public void A_mutated_feed_parses_or_fails_with_FeedFormatException_and_nothing_else(Mutant mutant)
    {
        var feed = ParseAndUse(mutant.Bytes, mutant.HeaderCharset);

        if (feed is null)
            return;
        Assert.All(feed.Items.Select(i => i.Link).Append(feed.Link).OfType<string>(), AssertHttpUrl);
        Assert.All(feed.Items.Select(i => i.ImageUrl).OfType<string>(), AssertHttpUrl);
    }

    [Property(MaxTest = 100, Arbitrary = new[] { typeof(Mutants) })]
    public void A_mutated_feed_costs_at_most_twenty_times_its_source_per_byte(Mutant mutant) => Linear.Check(mutant);

    /// <summary>Parses as the feed reader does, then uses every item as the feed pass does when the page cannot be read; null when the parser refused the feed.</summary>
    private static ParsedFeed? ParseAndUse(byte[] bytes, string? headerCharset)
    {
        ParsedFeed feed;
        try
        {
            feed = FeedParser.Parse(bytes, headerCharset, EvalFeeds.FeedUrl);
        }
        catch (FeedFormatException e)
        {
            AssertRefusedForTheDocument(e);
            return null;
        }
        foreach (var item in feed.Items)
        {
            ArticleKey.For(item, EvalFeeds.FeedUrl);
            StoryBuilder.Build(item.Link ?? EvalFeeds.FeedUrl.AbsoluteUri, null, item, null);
        }
        return feed;
    }

    /// <summary>The parser wraps whatever its readers throw; a wrapped bug of ours (null reference, index, cast…) must not hide in there.</summary>
    private static void AssertRefusedForTheDocument(FeedFormatException e) =>
        Assert.True(e.InnerException is null or XmlException or JsonException or FeedFormatException, $"the parser hid {e.InnerException}");

    private static void AssertHttpUrl(string url) =>
        Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https", $"not an absolute http(s) URL: {url}");

    /// <summary>The evaluation feeds up to 160 KB (all but the five largest), as FsCheck arbitraries.</summary>
    public static class Mutants
    {
        private const int MaxBytes = 160 * 1024;

        private static readonly Lazy<Arbitrary<Mutant>> Arbitrary = new(() => Mutant.Of(Directory
            .EnumerateFiles(EvalFeeds.Folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("expected.json", StringComparison.Ordinal) && new FileInfo(f).Length <= MaxBytes)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(EvalFeeds.Folder, f), File.ReadAllBytes(f)))
            .ToList()));

        public static Arbitrary<Mutant> Feeds() => Arbitrary.Value;
    }
}
