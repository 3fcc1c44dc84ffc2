using System.Collections.Concurrent;

namespace NewsBot.Tests.Support.Fuzzing;

/// <summary>
/// The property "time stays linear": a mutant costs no more than <see cref="Factor"/> times its unmutated source
/// (scaled by the length ratio when the mutations made it longer), in CPU time and in bytes allocated.
/// </summary>
/// <remarks>
/// A ratio, never a wall-clock limit: both sides run the same code on the same thread of the same machine and the
/// least of several runs counts, so a loaded 2-core CI machine slows both alike; allocation does not depend on load
/// at all. A quadratic path in a 100 KB document is hundreds of times its linear cost, far past the factor; a
/// mutant that merely takes a slower path (XML repair, the extractor's second pass) stays well inside it.
/// The floors absorb timer granularity and fixed costs on tiny inputs.
/// </remarks>
public sealed class LinearCost(Action<byte[], string?> work)
{
    public const double Factor = 20;

    private const int Runs = 5;
    private const long AllocationFloor = 1 << 20;
    private static readonly TimeSpan CpuFloor = TimeSpan.FromMilliseconds(2);

    private readonly ConcurrentDictionary<string, ThreadCost> baselines = new();

    public void Check(Mutant mutant)
    {
        var baseline = baselines.GetOrAdd(mutant.Source, _ => ThreadCost.Least(() => work(mutant.Original, null), Runs));
        var scale = Factor * Math.Max(1.0, (double)mutant.Bytes.Length / Math.Max(1, mutant.Original.Length));
        var cpuLimit = baseline.Cpu * scale + CpuFloor;
        var allocationLimit = (long)(baseline.Allocated * scale) + AllocationFloor;
        var cost = ThreadCost.Of(() => work(mutant.Bytes, mutant.HeaderCharset));
        if (cost.Cpu > cpuLimit)
            cost = ThreadCost.Least(() => work(mutant.Bytes, mutant.HeaderCharset), Runs);
        Assert.True(cost.Allocated <= allocationLimit && cost.Cpu <= cpuLimit,
            $"{mutant}\ncost {cost}; the unmutated source costs {baseline} (limit {Factor}x per byte)");
    }
}
