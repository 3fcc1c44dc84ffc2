using System.Text;

namespace NewsBot.Tests.Support.Fuzzing;

/// <summary>What a <see cref="Mutation"/> does to a document's bytes.</summary>
public enum MutationKind
{
    /// <summary>Cut the document at a point (a body cut short in transit).</summary>
    Truncate,

    /// <summary>XOR one byte with a non-zero mask (a bit flipped anywhere: in a tag, a name, a multi-byte character).</summary>
    FlipByte,

    /// <summary>Repeat one tag (start, end, empty, declaration or comment) a few times in place.</summary>
    DuplicateTag,

    /// <summary>Remove one tag, leaving its content.</summary>
    DropTag,

    /// <summary>Insert charset trouble: invalid UTF-8, a stray BOM, NUL and control bytes, runs of high bytes.</summary>
    InsertBytes,

    /// <summary>Replace the first declared encoding (encoding="…", charset=…) with another label, known or not.</summary>
    Relabel,
}

/// <summary>One damage done to a document's bytes, as a fuzzer would do it; positions wrap around the document, so any value is valid.</summary>
/// <param name="Position">Where, taken modulo the document's length (or its number of tags).</param>
/// <param name="Amount">The XOR mask, the number of copies, or which label.</param>
/// <param name="Bytes">The bytes an <see cref="MutationKind.InsertBytes"/> inserts.</param>
public sealed record Mutation(MutationKind Kind, int Position, int Amount, byte[] Bytes)
{
    /// <summary>Labels a relabelled document or a Content-Type header may carry: usual, multi-byte, EBCDIC, retired and unknown.</summary>
    public static readonly string[] Labels =
    [
        "utf-8", "utf-16", "utf-16be", "utf-32", "koi8-r", "windows-1251", "iso-8859-1", "shift_jis", "gb18030",
        "iso-2022-jp", "ibm037", "utf-7", "x-user-defined", "x-bogus", "", "\"utf-8", "utf-8;q=1",
    ];

    public byte[] ApplyTo(byte[] input) => Kind switch
    {
        MutationKind.Truncate => input[..(Position % (input.Length + 1))],
        MutationKind.FlipByte when input.Length > 0 => Flipped(input),
        MutationKind.DuplicateTag => Tag(input) is var (start, length) && length > 0
            ? Splice(input, start + length, 0, Enumerable.Repeat(input[start..(start + length)], Amount).SelectMany(t => t).ToArray())
            : input,
        MutationKind.DropTag => Tag(input) is var (at, size) && size > 0 ? Splice(input, at, size, []) : input,
        MutationKind.InsertBytes => Splice(input, Position % (input.Length + 1), 0, Bytes),
        MutationKind.Relabel => Relabelled(input),
        _ => input,
    };

    public override string ToString() => Kind switch
    {
        MutationKind.FlipByte => $"FlipByte(at {Position}, ^0x{Amount:X2})",
        MutationKind.DuplicateTag => $"DuplicateTag(#{Position}, x{Amount})",
        MutationKind.InsertBytes => $"InsertBytes(at {Position}, {Convert.ToHexString(Bytes)})",
        MutationKind.Relabel => $"Relabel(\"{Labels[Amount % Labels.Length]}\")",
        _ => $"{Kind}({Position})",
    };

    private byte[] Flipped(byte[] input)
    {
        var output = (byte[])input.Clone();
        output[Position % input.Length] ^= (byte)Amount;
        return output;
    }

    /// <summary>The Position-th tag: from a '&lt;' to the next '&gt;', or (0, 0) when there is none.</summary>
    private (int Start, int Length) Tag(byte[] input)
    {
        var tags = new List<(int, int)>();
        for (var i = Array.IndexOf(input, (byte)'<'); i >= 0; i = Array.IndexOf(input, (byte)'<', i + 1))
        {
            var end = Array.IndexOf(input, (byte)'>', i);
            if (end < 0)
                break;
            tags.Add((i, end - i + 1));
        }
        return tags.Count == 0 ? (0, 0) : tags[Position % tags.Count];
    }

    private byte[] Relabelled(byte[] input)
    {
        var head = Encoding.Latin1.GetString(input, 0, Math.Min(input.Length, 4096));
        var at = FirstOf(head, "encoding=", "charset=");
        if (at < 0)
            return input;
        var start = at + (head[at] == 'e' || head[at] == 'E' ? "encoding=".Length : "charset=".Length);
        if (start < head.Length && head[start] is '"' or '\'')
            start++;
        var end = start;
        while (end < head.Length && head[end] is not ('"' or '\'' or ' ' or '>' or ';' or '?'))
            end++;
        return Splice(input, start, end - start, Encoding.ASCII.GetBytes(Labels[Amount % Labels.Length]));
    }

    private static int FirstOf(string head, params string[] needles) =>
        needles.Select(n => head.IndexOf(n, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();

    private static byte[] Splice(byte[] input, int at, int remove, byte[] insert) =>
        [.. input.AsSpan(0, at), .. insert, .. input.AsSpan(at + remove)];
}
