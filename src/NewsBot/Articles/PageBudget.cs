using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NewsBot.Articles;

/// <summary>The CPU time one page may take to extract, checked as the parser creates elements and between the extractor's stages.</summary>
/// <remarks>
/// The prefilter keeps parsing linear for every case the tests and the hostile benchmark know; the budget is for the
/// case nobody thought of: such a page is abandoned with <see cref="ExtractionBudgetExceededException"/> (the caller
/// falls back to the feed's description) instead of holding a poll thread or the update loop. It is the extracting
/// thread's CPU time where the OS tells it (Linux, macOS), so a loaded machine does not trip it; elsewhere wall time.
/// The thread's time in the JIT compiler is left out: the first page in a process compiles the parser and extractor
/// (0.4–0.8 s of CPU), which says nothing about the page. (The runtime counts that time on the wall clock, so on a
/// loaded machine the first page is allowed a little more.)
/// </remarks>
internal sealed class PageBudget(TimeSpan limit)
{
    /// <summary>Calls to <see cref="Check"/> between clock reads: reading a thread's CPU clock is a system call.</summary>
    private const int Stride = 512;

    private readonly long start = Spent();
    private int calls;

    public TimeSpan Limit => limit;

    /// <summary>Throws when the budget is spent, reading the clock on every <see cref="Stride"/>th call.</summary>
    public void Check()
    {
        if (++calls % Stride == 0)
            CheckNow();
    }

    /// <exception cref="ExtractionBudgetExceededException">The page has used more than <see cref="Limit"/>.</exception>
    public void CheckNow()
    {
        if (Spent() - start > limit.Ticks)
            throw new ExtractionBudgetExceededException(limit);
    }

    private static long Spent() => ThreadClock.Now() - System.Runtime.JitInfo.GetCompilationTime(currentThread: true).Ticks;
}

/// <summary>The current thread's CPU time in ticks (100 ns) where the OS offers it, else a monotonic wall clock.</summary>
internal static class ThreadClock
{
    /// <summary>CLOCK_THREAD_CPUTIME_ID on Linux (3) and macOS (16), when the C library answers for it.</summary>
    private static readonly int? ClockId = Probe(
        !Environment.Is64BitProcess ? null : OperatingSystem.IsLinux() ? 3 : OperatingSystem.IsMacOS() ? 16 : null);

    public static bool IsCpuTime => ClockId is not null;

    public static long Now()
    {
        if (ClockId is { } clock && ClockGetTime(clock, out var time) == 0)
            return time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100;
        return Stopwatch.GetElapsedTime(0).Ticks;
    }

    private static int? Probe(int? clock)
    {
        try
        {
            return clock is { } id && ClockGetTime(id, out _) == 0 ? clock : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec time);
}
