using FsCheck;
using FsCheck.Fluent;

namespace NewsBot.Tests.Support.Fuzzing;

/// <summary>A fixture file damaged by a few <see cref="Mutation"/>s in turn, with the charset a Content-Type header might claim; prints as the recipe that rebuilds it.</summary>
public sealed record Mutant(string Source, byte[] Original, IReadOnlyList<Mutation> Mutations, string? HeaderCharset)
{
    private byte[]? bytes;

    /// <summary>The damaged document.</summary>
    public byte[] Bytes => bytes ??= Mutations.Aggregate(Original, (input, mutation) => mutation.ApplyTo(input));

    public override string ToString() =>
        $"{Source} ({Original.Length} bytes -> {Bytes.Length}), header charset {(HeaderCharset is null ? "none" : $"\"{HeaderCharset}\"")}: {string.Join(", ", Mutations)}";

    /// <summary>Mutants of the given files: one to four mutations each; shrinking drops mutations and the header charset.</summary>
    public static Arbitrary<Mutant> Of(IReadOnlyList<(string Name, byte[] Bytes)> corpus)
    {
        var gen =
            from source in Gen.Elements(corpus.ToArray())
            from mutations in Gen.Choose(1, 4).SelectMany(count => MutationGen().ListOf(count))
            from header in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, Gen.Elements(Mutation.Labels).Select(l => (string?)l)))
            select new Mutant(source.Name, source.Bytes, mutations.ToList(), header);
        return Arb.From(gen, Shrink);
    }

    private static IEnumerable<Mutant> Shrink(Mutant mutant)
    {
        if (mutant.HeaderCharset is not null)
            yield return mutant with { HeaderCharset = null, bytes = null };
        if (mutant.Mutations.Count > 1)
            for (var i = 0; i < mutant.Mutations.Count; i++)
                yield return mutant with { Mutations = mutant.Mutations.Where((_, j) => j != i).ToList(), bytes = null };
    }

    private static Gen<Mutation> MutationGen()
    {
        var position = Gen.Choose(0, int.MaxValue);
        return Gen.OneOf(
            position.Select(p => new Mutation(MutationKind.Truncate, p, 0, [])),
            position.Zip(Gen.Choose(1, 255), (p, mask) => new Mutation(MutationKind.FlipByte, p, mask, [])),
            position.Zip(Gen.Choose(1, 8), (p, copies) => new Mutation(MutationKind.DuplicateTag, p, copies, [])),
            position.Select(p => new Mutation(MutationKind.DropTag, p, 0, [])),
            position.Zip(CharsetTrouble(), (p, inserted) => new Mutation(MutationKind.InsertBytes, p, 0, inserted)),
            Gen.Choose(0, Mutation.Labels.Length - 1).Select(label => new Mutation(MutationKind.Relabel, 0, label, [])));
    }

    /// <summary>Bytes that trip decoders: lone lead and continuation bytes, overlongs, surrogates, BOMs, NUL and controls, high-byte runs, noise.</summary>
    private static Gen<byte[]> CharsetTrouble() => Gen.OneOf(
        Gen.Elements<byte[]>(
            [0xC3], [0x80], [0xFF], [0xC0, 0xAF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0, 0], [0], [0x1B, 0x24, 0x42], [0x0B, 0x0C], [0x7F]),
        Gen.Choose(1, 16).SelectMany(length => Gen.Choose(0xC0, 0xFF).Select(b => (byte)b).ArrayOf(length)),
        Gen.Choose(1, 16).SelectMany(length => Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf(length)));
}
