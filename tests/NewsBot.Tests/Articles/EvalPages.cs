using System.Text.Json;

namespace NewsBot.Tests.Articles;

/// <summary>The 15 evaluation pages of TestData/eval/pages (a copy of shared/eval/pages): html, expected text and metadata per case.</summary>
public sealed record EvalPage(string Case, string Html, string Expected, string? Title, string? Language)
{
    /// <summary>The folder holding the pages, found by walking up from the test binaries (or NEWSBOT_EVAL).</summary>
    public static string Folder() => Support.Eval.Folder("pages");

    public static IReadOnlyList<string> Cases() =>
        Directory.GetFiles(Folder(), "*.html").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();

    public static EvalPage Load(string name)
    {
        var folder = Folder();
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, name + ".meta.json")));
        return new EvalPage(
            name,
            File.ReadAllText(Path.Combine(folder, name + ".html")),
            File.ReadAllText(Path.Combine(folder, name + ".expected.txt")),
            Text(meta.RootElement, "title"),
            Text(meta.RootElement, "lang"));
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
