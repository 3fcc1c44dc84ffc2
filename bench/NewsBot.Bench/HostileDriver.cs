using System.Diagnostics;
using System.Globalization;
using NewsBot.Articles;
using NewsBot.Tests.Articles;

namespace NewsBot.Bench;

/// <summary>Extracts every adversarial page of <see cref="HostileMarkup"/> at a given size and reports the CPU time per MB, worst first.</summary>
/// <remarks>
/// Run: <c>dotnet bin/Release/net10.0/NewsBot.Bench.dll hostile 100 [name-filter] [top]</c> (size in KB).
/// CPU time is the process's (the extraction is single-threaded; the GC's work is part of its cost), the least of
/// <c>NEWSBOT_BENCH_REPEAT</c> runs (default 1). A case that throws is reported with the exception's type; cases whose
/// names start with one of the comma-separated <c>NEWSBOT_BENCH_SKIP</c> prefixes are left out (one that overflows the
/// stack ends the process, which no catch can stop).
/// </remarks>
public static class HostileDriver
{
    public static Task RunAsync(string[] args)
    {
        var size = int.Parse(args.ElementAtOrDefault(0) ?? "100", CultureInfo.InvariantCulture) * 1024;
        var filter = args.ElementAtOrDefault(1) is { Length: > 0 } f and not "*" ? f : null;
        var top = int.Parse(args.ElementAtOrDefault(2) ?? "25", CultureInfo.InvariantCulture);
        var repeat = int.Parse(Environment.GetEnvironmentVariable("NEWSBOT_BENCH_REPEAT") ?? "1", CultureInfo.InvariantCulture);
        var url = new Uri("https://news.example/a/1");
        for (var i = 0; i < 5; i++)
            Measure(HostileMarkup.Normal(size), url, 1);
        var normal = Measure(HostileMarkup.Normal(size), url, 3).Ms;
        var skip = (Environment.GetEnvironmentVariable("NEWSBOT_BENCH_SKIP") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var cases = HostileMarkup.All.Where(c => (filter is null || c.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
                                                 && !skip.Any(s => c.Name.StartsWith(s, StringComparison.Ordinal))).ToList();
        var results = new List<(string Name, double Ms, int Chars, string Outcome)>();
        foreach (var c in cases)
        {
            var html = c.Make(size);
            var (ms, outcome) = Measure(html, url, repeat);
            results.Add((c.Name, ms, html.Length, outcome));
            Console.Error.WriteLine($"{c.Name}\t{ms:0.0} ms\t{outcome}");
        }
        Report(size, normal, results, top);
        return Task.CompletedTask;
    }

    private static (double Ms, string Outcome) Measure(string html, Uri url, int repeat)
    {
        var best = double.MaxValue;
        var outcome = "";
        for (var i = 0; i < repeat; i++)
        {
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            try
            {
                outcome = $"{Extractor.Extract(html, url).Paragraphs.Count} paragraphs";
            }
            catch (Exception e)
            {
                outcome = e.GetType().Name;
            }
            best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds);
        }
        return (best, outcome);
    }

    private static void Report(int size, double normal, List<(string Name, double Ms, int Chars, string Outcome)> results, int top)
    {
        static double PerMb(double ms, int chars) => ms * 1024 * 1024 / chars;
        var ordered = results.OrderByDescending(r => PerMb(r.Ms, r.Chars)).ToList();
        Console.WriteLine($"{results.Count} cases of {size / 1024} KB; ordinary page: {PerMb(normal, size):0} ms per MB");
        Console.WriteLine($"worst {PerMb(ordered[0].Ms, ordered[0].Chars):0} ms per MB ({ordered[0].Name}); " +
                          $"median {PerMb(ordered[ordered.Count / 2].Ms, ordered[ordered.Count / 2].Chars):0} ms per MB; " +
                          $"total {results.Sum(r => r.Ms) / 1000:0.0} s CPU");
        foreach (var r in ordered.Take(top))
            Console.WriteLine($"{PerMb(r.Ms, r.Chars),10:0} ms/MB {r.Ms,9:0.0} ms  {r.Name}  ({r.Outcome})");
    }
}
