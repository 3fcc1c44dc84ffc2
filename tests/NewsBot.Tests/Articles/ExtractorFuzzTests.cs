using FsCheck;
using FsCheck.Xunit;
using NewsBot.Articles;
using NewsBot.Summaries;
using NewsBot.Tests.Support.Fuzzing;

namespace NewsBot.Tests.Articles;

/// <summary>
/// Fuzz-style properties over the extractor and the story builder (issue 9): mutants of the evaluation pages
/// (truncated, bytes flipped, tags duplicated or dropped, charset bytes and labels garbled) are decoded, extracted
/// and summarised without an exception, and no mutant costs more than 20x its source per byte.
/// </summary>
/// <remarks>Each run draws new mutants; a failure prints the recipe and FsCheck's Replay seed, which reproduces it as <c>[Property(Replay = "…")]</c>.</remarks>
public sealed class ExtractorFuzzTests
{
    private static readonly Uri PageUrl = new("http://fakehost/test/page.html");
    private static readonly LinearCost Linear = new((bytes, charset) => ReadAndBuild(bytes, charset));

    [Property(MaxTest = 120, Arbitrary = new[] { typeof(Mutants) })]
    public void A_mutated_page_is_extracted_and_summarised_without_throwing(Mutant mutant)
    {
        var story = ReadAndBuild(mutant.Bytes, mutant.HeaderCharset);

        Assert.All(story.Summary, sentence => Assert.False(string.IsNullOrWhiteSpace(sentence)));
    }

    [Property(MaxTest = 40, Arbitrary = new[] { typeof(Mutants) })]
    public void A_mutated_page_costs_at_most_twenty_times_its_source_per_byte(Mutant mutant) => Linear.Check(mutant);

    /// <summary>Decodes and extracts as the page reader does, then builds the story as the feed pass does.</summary>
    private static Story ReadAndBuild(byte[] bytes, string? headerCharset) =>
        StoryBuilder.Build(PageUrl.AbsoluteUri, PageReader.Extract(bytes, headerCharset, PageUrl), null, null);

    /// <summary>The evaluation pages up to 400 KB (all but guardian-1 and yahoo-1), as FsCheck arbitraries.</summary>
    public static class Mutants
    {
        private const int MaxBytes = 400 * 1024;

        private static readonly Lazy<Arbitrary<Mutant>> Arbitrary = new(() => Mutant.Of(Directory
            .EnumerateFiles(EvalPage.Folder(), "*.html")
            .Where(f => new FileInfo(f).Length <= MaxBytes)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList()));

        public static Arbitrary<Mutant> Pages() => Arbitrary.Value;
    }
}
