using NewsBot.Summaries;
using NewsBot.Tests.Articles;

namespace NewsBot.Tests.Summaries;

/// <summary>Properties of the summarizer over the 50 shared evaluation articles (read at run time from TestData/eval/summaries).</summary>
public sealed class EvalSummaryPropertyTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder(), "*.txt").Where(f => !f.EndsWith(".ref.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Every_budget_is_respected_with_one_to_three_whole_sentences(string name)
    {
        var (paragraphs, language) = Load(name);
        foreach (var budget in new[] { 200, 400, 700, 1000 })
        {
            var summary = Summarizer.Summarize(paragraphs, language, budget);
            Assert.InRange(summary.Count, 1, 3);
            Assert.True(summary.Count == 1 || string.Join(' ', summary).Length <= budget, $"{name} over budget {budget}");
            Assert.All(summary, sentence => Assert.Contains(sentence, string.Join("\n", paragraphs)));
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void A_fixed_count_is_deterministic_and_in_document_order(string name)
    {
        var (paragraphs, language) = Load(name);
        var first = Summarizer.Summarize(paragraphs, language, 0, 3);
        Assert.Equal(first, Summarizer.Summarize(paragraphs, language, 0, 3));
        var text = string.Join("\n", paragraphs);
        var positions = first.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.Equal(positions.Order(), positions);
    }

    private static (string[] Paragraphs, string Language) Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder(), name + ".txt")).Replace("\r\n", "\n");
        return (text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), name.StartsWith("gazeta", StringComparison.Ordinal) ? "ru" : "en");
    }

    private static string Folder() => Support.Eval.Folder("summaries");
}
