using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NewsBot.Tests.Support.Fuzzing;

/// <summary>What some work cost the calling thread: its CPU time and the bytes it allocated. Work on other threads (parallel tests, other processes) does not count.</summary>
/// <remarks>CPU time is clock_gettime(CLOCK_THREAD_CPUTIME_ID) on Linux and macOS; elsewhere it falls back to elapsed time.</remarks>
public readonly record struct ThreadCost(TimeSpan Cpu, long Allocated)
{
    public static ThreadCost Of(Action work)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = CpuNow();
        work();
        return new ThreadCost(CpuNow() - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }

    /// <summary>The least CPU time and allocation over several runs: noise (JIT, a GC, a preempted core) only ever adds.</summary>
    public static ThreadCost Least(Action work, int runs) =>
        Enumerable.Range(0, runs).Select(_ => Of(work)).Aggregate((a, b) => new ThreadCost(a.Cpu < b.Cpu ? a.Cpu : b.Cpu, Math.Min(a.Allocated, b.Allocated)));

    public override string ToString() => $"{Cpu.TotalMilliseconds:F2} ms CPU, {Allocated / 1024.0:F0} KB allocated";

    private static TimeSpan CpuNow()
    {
        var clock = OperatingSystem.IsLinux() ? 3 : OperatingSystem.IsMacOS() ? 16 : -1;
        if (clock < 0 || ClockGetTime(clock, out var now) != 0)
            return Stopwatch.GetElapsedTime(0);
        return TimeSpan.FromTicks(now.Seconds * TimeSpan.TicksPerSecond + now.Nanoseconds / 100);
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec value);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
