using NewsBot.Articles;
using Xunit.Abstractions;

namespace NewsBot.Tests.Articles;

/// <summary>Every adversarial page of <see cref="HostileMarkup"/> costs, per kilobyte, a bounded multiple of an ordinary page, and grows linearly.</summary>
/// <remarks>
/// Costs are the test thread's CPU time (<see cref="ThreadClock"/>), never wall time, so a loaded machine does not
/// fail them; each is the least of a few runs, and the bounds are generous: a quadratic case at these sizes costs
/// hundreds of times an ordinary page, a linear one a few times. Extraction runs on a thread with a 256 KB stack,
/// as small as a thread-pool thread's on some platforms, so recursion in the parser shows up as a crash here.
/// </remarks>
public sealed class HostileMarkupTests(ITestOutputHelper output)
{
    private const int Size = 32 * 1024;

    /// <summary>The sweep over every case uses smaller pages, on two threads: thread CPU time is not shared between them.</summary>
    private const int SweepSize = 16 * 1024;

    /// <summary>How many times an ordinary page's cost per KB an adversarial page may take.</summary>
    private const double Factor = 40;

    private static readonly Uri PageUrl = new("https://news.example/a/1");

    [Fact]
    public async Task Every_adversarial_page_costs_per_kilobyte_a_bounded_multiple_of_an_ordinary_page()
    {
        var ordinary = OnSmallStack(() => PerKilobyte(HostileMarkup.Normal(SweepSize), runs: 5));
        var halves = HostileMarkup.All.Chunk((HostileMarkup.All.Count + 1) / 2)
            .Select(half => Task.Run(() => OnSmallStack(() => half.Select(c => (c.Name, Ratio: Measure(c.Name, c.Make(SweepSize)) / ordinary)).ToList())))
            .ToArray();
        var results = (await Task.WhenAll(halves)).SelectMany(r => r).ToList();
        foreach (var (name, ratio) in results.OrderByDescending(r => r.Ratio).Take(10))
            output.WriteLine($"{ratio,6:0.0}× an ordinary page per KB: {name}");
        Assert.Empty(results.Where(r => r.Ratio > Factor).Select(r => $"{r.Name}: {r.Ratio:0}×"));
    }

    [Theory]
    [InlineData("self-closed div in body")]
    [InlineData("open rt in body")]
    [InlineData("open a in body")]
    [InlineData("formatting storm")]
    [InlineData("adoption agency furthest block")]
    [InlineData("table inside td")]
    [InlineData("foster-parented divs")]
    [InlineData("select options")]
    [InlineData("pre after pre")]
    [InlineData("many attributes")]
    [InlineData("unclosed comments")]
    public void Four_times_the_markup_costs_at_most_eight_times_as_much(string name)
    {
        var hostile = HostileMarkup.All.Single(c => c.Name == name);
        var (small, large) = OnSmallStack(() => (PerKilobyte(hostile.Make(Size), runs: 3), PerKilobyte(hostile.Make(4 * Size), runs: 3)));
        output.WriteLine($"{name}: {small * 1000:0} µs/KB at {Size / 1024} KB, {large * 1000:0} µs/KB at {4 * Size / 1024} KB");
        Assert.True(large < 2 * small + 0.05, $"{name}: {small:0.000} ms/KB at {Size / 1024} KB, {large:0.000} ms/KB at {4 * Size / 1024} KB");
    }

    /// <summary>Once compiled (the budget leaves the JIT's time out), a page given no budget at all is stopped.</summary>
    [Fact]
    public void A_spent_budget_stops_the_extraction_with_its_own_exception()
    {
        var html = HostileMarkup.Normal(Size);
        Extractor.Extract(html, PageUrl);
        var e = Assert.Throws<ExtractionBudgetExceededException>(() => Extractor.Extract(html, PageUrl, new PageBudget(TimeSpan.Zero)));
        Assert.Contains("0 ms of CPU", e.Message, StringComparison.Ordinal);
    }

    /// <summary>The least of the runs, in ms per KB; an ordinary cost is re-measured only when it looks too high.</summary>
    private static double Measure(string name, string html)
    {
        double once;
        try
        {
            once = PerKilobyte(html, runs: 1);
        }
        catch (ExtractionBudgetExceededException e)
        {
            throw new InvalidOperationException($"{name}: {e.Message}", e);
        }
        return once < 4 ? once : Math.Min(once, PerKilobyte(html, runs: 2));
    }

    private static double PerKilobyte(string html, int runs)
    {
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var start = ThreadClock.Now();
            Extractor.Extract(html, PageUrl);
            best = Math.Min(best, TimeSpan.FromTicks(ThreadClock.Now() - start).TotalMilliseconds);
        }
        return best / (html.Length / 1024.0);
    }

    private static T OnSmallStack<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("extraction failed", failure);
    }
}
