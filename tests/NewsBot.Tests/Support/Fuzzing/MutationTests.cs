using System.Text;

namespace NewsBot.Tests.Support.Fuzzing;

/// <summary>What each mutation does to a small document; positions wrap, so every generated value is valid.</summary>
public sealed class MutationTests
{
    private const string Document = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><title>Hi</title></rss>";

    [Theory]
    [InlineData(MutationKind.Truncate, 5, 0, "<?xml")]
    [InlineData(MutationKind.Truncate, 5 + 67, 0, "<?xml")]
    [InlineData(MutationKind.DuplicateTag, 2, 2, "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><title><title><title>Hi</title></rss>")]
    [InlineData(MutationKind.DropTag, 3, 0, "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><title>Hi</rss>")]
    [InlineData(MutationKind.DropTag, 3 + 5, 0, "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><title>Hi</rss>")]
    [InlineData(MutationKind.FlipByte, 1, 0x20, "<\u001fxml version=\"1.0\" encoding=\"utf-8\"?><rss><title>Hi</title></rss>")]
    [InlineData(MutationKind.Relabel, 0, 4, "<?xml version=\"1.0\" encoding=\"koi8-r\"?><rss><title>Hi</title></rss>")]
    public void A_mutation_damages_the_document_as_named(MutationKind kind, int position, int amount, string expected)
    {
        var mutated = new Mutation(kind, position, amount, []).ApplyTo(Encoding.ASCII.GetBytes(Document));

        Assert.Equal(expected, Encoding.ASCII.GetString(mutated));
    }

    [Fact]
    public void Inserted_bytes_go_in_at_the_position()
    {
        var mutated = new Mutation(MutationKind.InsertBytes, 1, 0, [0xC3, 0x28]).ApplyTo("ab"u8.ToArray());

        Assert.Equal(new byte[] { (byte)'a', 0xC3, 0x28, (byte)'b' }, mutated);
    }

    [Fact]
    public void A_mutant_prints_the_recipe_that_rebuilds_it()
    {
        var mutant = new Mutant("feeds/a.xml", Encoding.ASCII.GetBytes(Document), [new Mutation(MutationKind.Truncate, 10, 0, [])], "utf-7");

        Assert.Equal("feeds/a.xml (66 bytes -> 10), header charset \"utf-7\": Truncate(10)", mutant.ToString());
    }
}
