using System.Text;
using Xunit.Sdk;

namespace NewsBot.Tests.Support.Fuzzing;

/// <summary>The cost check itself: it catches work that turns quadratic on a mutation, in time or in allocation, and lets a constant factor through.</summary>
public sealed class LinearCostTests
{
    private const int Length = 8_000;

    /// <summary>A plain document and its mutant, which carries the NUL byte that the work below reacts to.</summary>
    private static readonly Mutant Marked = new("plain", Encoding.ASCII.GetBytes(new string('a', Length)), [new Mutation(MutationKind.InsertBytes, 0, 0, [0])], null);

    private static long sink;

    [Fact]
    public void Work_that_turns_quadratic_in_time_fails_the_check()
    {
        var linear = new LinearCost((bytes, _) => Scan(bytes, bytes[0] == 0 ? bytes.Length : 1));

        Assert.Throws<TrueException>(() => linear.Check(Marked));
    }

    [Fact]
    public void Work_that_turns_quadratic_in_allocation_fails_the_check()
    {
        var linear = new LinearCost((bytes, _) => Copy(bytes, bytes[0] == 0 ? bytes.Length / 8 : 1));

        Assert.Throws<TrueException>(() => linear.Check(Marked));
    }

    [Fact]
    public void Work_a_few_times_slower_on_the_mutant_passes()
    {
        var linear = new LinearCost((bytes, _) => Scan(bytes, bytes[0] == 0 ? 3 : 1));

        linear.Check(Marked);
    }

    /// <summary>Reads the input <paramref name="times"/> over: linear for a constant, quadratic for the input's length.</summary>
    private static void Scan(byte[] bytes, int times)
    {
        long sum = 0;
        for (var pass = 0; pass < times; pass++)
            foreach (var b in bytes)
                sum += b ^ pass;
        Interlocked.Add(ref sink, sum);
    }

    private static void Copy(byte[] bytes, int times)
    {
        for (var pass = 0; pass < times; pass++)
            Interlocked.Add(ref sink, ((byte[])bytes.Clone()).Length);
    }
}
