using NewsBot.Articles;
using Xunit.Abstractions;

namespace NewsBot.Tests.Articles;

/// <summary>Measures extraction against the 15 evaluation pages (shingle F1, titles, languages).</summary>
public sealed class ExtractorGoldenTests(ITestOutputHelper output)
{
    private static readonly Uri FakeHost = new("http://fakehost/test/page.html");

    [Fact]
    public void Mean_shingle_F1_over_the_evaluation_pages_is_at_least_0_90()
    {
        var scores = new List<ShingleScore>();
        foreach (var name in EvalPage.Cases())
        {
            var page = EvalPage.Load(name);
            var score = ShingleScore.Of(page.Expected, Extractor.Extract(page.Html, FakeHost).Text);
            output.WriteLine($"{name,-14} P={score.Precision:F3} R={score.Recall:F3} F1={score.F1:F3}");
            scores.Add(score);
        }
        var (precision, recall, f1) = ShingleScore.Mean(scores);
        output.WriteLine($"mean           P={precision:F3} R={recall:F3} F1={f1:F3}");
        Assert.Equal(15, scores.Count);
        Assert.True(f1 >= 0.90, $"mean shingle F1 {f1:F3} < 0.90");
    }

    [Fact]
    public void Titles_match_the_reference_metadata_on_most_pages()
    {
        var misses = new List<string>();
        foreach (var name in EvalPage.Cases())
        {
            var page = EvalPage.Load(name);
            var title = Extractor.Extract(page.Html, FakeHost).Title;
            if (title != page.Title)
                misses.Add($"{name}: '{title}' vs '{page.Title}'");
        }
        output.WriteLine(string.Join('\n', misses));
        Assert.True(misses.Count <= 2, string.Join('\n', misses));
    }

    [Fact]
    public void Declared_languages_are_reported_as_two_letter_codes()
    {
        foreach (var name in EvalPage.Cases())
        {
            var page = EvalPage.Load(name);
            var language = Extractor.Extract(page.Html, FakeHost).Language;
            if (page.Language is not null)
                Assert.Equal(page.Language[..2], language);
        }
    }
}

/// <summary>Per-page key facts: distinctive expected sentences are kept, known boilerplate is gone.</summary>
public sealed class ExtractorKeyFactTests
{
    private static readonly Uri FakeHost = new("http://fakehost/test/page.html");

    [Theory]
    [InlineData("bbc-1", "President Barack Obama has admitted that his failure to pass")]
    [InlineData("guardian-1", "Whale whisperer Hori Parata was just seven years old")]
    [InlineData("salon-1", "Uber had an interesting, if predictable, response to the panic and mayhem")]
    [InlineData("wapo-1", "Gunmen opened fire on visitors at")]
    [InlineData("aktualne", "Zázrak jedné sezony? West Ham dává pochybovačům")]
    [InlineData("lemonde-1", "Les députés ont, sans surprise, adopté à une large majorité")]
    [InlineData("heise", "1Password")]
    public void Keeps_distinctive_sentences(string name, string sentence)
    {
        var text = Extractor.Extract(EvalPage.Load(name).Html, FakeHost).Text;
        Assert.Contains(sentence, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wapo-1", "is an Egypt-based correspondent for The Post")]
    [InlineData("lemonde-1", "Mis à jour le")]
    [InlineData("lemonde-1", "Lire aussi")]
    [InlineData("nytimes-1", "Continue reading the main story")]
    [InlineData("cnn", "Related:")]
    [InlineData("heise", "(Bild: Hersteller)")]
    [InlineData("bbc-1", "Read the full transcript of his interview")]
    public void Drops_known_boilerplate(string name, string boilerplate)
    {
        var text = Extractor.Extract(EvalPage.Load(name).Html, FakeHost).Text;
        Assert.DoesNotContain(boilerplate, text, StringComparison.Ordinal);
    }
}
