using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NewsBot.Summaries;
using NewsBot.Articles;

namespace NewsBot.Bench;

/// <summary>Extract + summarize over the evaluation pages (tests/NewsBot.Tests/TestData/eval/pages), beside SmartReader on the same pages (SPEC §6: ≥ 200 pages/s on one core).</summary>
/// <remarks>
/// One operation is one page (the 15 pages in turn, <c>OperationsPerInvoke</c>), so pages/s = 1 s / Mean.
/// Run: <c>dotnet run -c Release --project bench/NewsBot.Bench -- --filter '*TextBenchmarks*'</c>.
/// The set-up also writes both extractors' texts as JSON Lines (to NEWSBOT_BENCH_OUT or the temp folder)
/// so that <c>score.py</c> scores them from the same run.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 30)]
public class TextBenchmarks
{
    private const string FakeHost = "http://fakehost/test/page.html";
    private static readonly Uri PageUrl = new(FakeHost);
    private (string Path, string Html)[] pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = EvalFolder();
        pages = Directory.GetFiles(folder, "*.html").Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path))).ToArray();
        WriteTexts();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 15)]
    public int NewsBotExtractAndSummarize()
    {
        var total = 0;
        foreach (var (_, html) in pages)
        {
            var story = StoryBuilder.Build(FakeHost, Extractor.Extract(html, PageUrl), null, null);
            total += story.Summary.Count;
        }
        return total;
    }

    [Benchmark(OperationsPerInvoke = 15)]
    public int SmartReaderExtract()
    {
        var total = 0;
        foreach (var (_, html) in pages)
            total += new SmartReader.Reader(FakeHost, html).GetArticle().TextContent?.Length ?? 0;
        return total;
    }

    private void WriteTexts()
    {
        var folder = Environment.GetEnvironmentVariable("NEWSBOT_BENCH_OUT") is { Length: > 0 } o ? o : Path.Combine(Path.GetTempPath(), "newsbot-bench");
        Directory.CreateDirectory(folder);
        var json = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        File.WriteAllLines(Path.Combine(folder, "newsbot-pages.jsonl"), pages.Select(p =>
            JsonSerializer.Serialize(new { input = p.Path, text = StoryBuilder.Build(FakeHost, Extractor.Extract(p.Html, PageUrl), null, null).Text }, json)));
        File.WriteAllLines(Path.Combine(folder, "smartreader-pages.jsonl"), pages.Select(p =>
            JsonSerializer.Serialize(new { input = p.Path, text = new SmartReader.Reader(FakeHost, p.Html).GetArticle().TextContent ?? "" }, json)));
        Console.WriteLine($"// texts for score.py written to {folder}");
    }

    private static string EvalFolder() => NewsBot.Tests.Support.Eval.Folder("pages");
}
