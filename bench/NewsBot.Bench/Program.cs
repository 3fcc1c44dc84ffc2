using BenchmarkDotNet.Running;

namespace NewsBot.Bench;

/// <summary>Runs a load driver by name (`feedpass`, `memory`, `fanout`, `latest`, `hostile`) or else the BenchmarkDotNet benchmarks chosen on the command line.</summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "feedpass": await FeedPassDriver.RunAsync(args.Skip(1).ToArray()); return 0;
            case "memory": await MemoryDriver.RunAsync(args.Skip(1).ToArray()); return 0;
            case "fanout": await FanoutDriver.RunAsync(args.Skip(1).ToArray()); return 0;
            case "latest": await LatestDriver.RunAsync(args.Skip(1).ToArray()); return 0;
            case "hostile": await HostileDriver.RunAsync(args.Skip(1).ToArray()); return 0;
            default: BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args); return 0;
        }
    }
}
