using System.Text.Json;

namespace NewsBot.Tests.Feeds;

/// <summary>Finds the evaluation feeds (TestData/eval/feeds, a copy of shared/eval/feeds) and their expectation files.</summary>
internal static class EvalFeeds
{
    /// <summary>The URL the golden tests pretend each feed was fetched from.</summary>
    public static readonly Uri FeedUrl = new("http://feeds.example.test/dir/feed.xml");

    public static string Folder { get; } = Locate();

    public static byte[] Bytes(string relativePath) => File.ReadAllBytes(Path.Combine(Folder, relativePath));

    public static JsonElement Expected(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, fileName)));
        return document.RootElement.Clone();
    }

    public static TheoryData<string> Keys(string fileName)
    {
        var data = new TheoryData<string>();
        foreach (var property in Expected(fileName).EnumerateObject())
            data.Add(property.Name);
        return data;
    }

    private static string Locate() => Support.Eval.Folder("feeds");
}
