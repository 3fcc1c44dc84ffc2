using System.Text.RegularExpressions;

namespace NewsBot.Tests.Architecture;

/// <summary>The folders of src/NewsBot depend one way (docs/architecture.md): each only on the layers below it, read from
/// `using NewsBot.X` and qualified names; the composition root (the top-level files) aside.</summary>
public sealed partial class FolderGraphTests
{
    /// <summary>Bottom to top; a folder may use only folders of earlier layers.</summary>
    private static readonly string[][] Layers =
    [
        ["Network", "Storage", "Telemetry"],
        ["Feeds"],
        ["Articles"],
        ["Summaries"],
        ["Posts"],
        ["Delivery"],
        ["Publication"],
        ["Ingest"],
        ["Scheduling"],
        ["Commands"],
        ["Bot", "Editorial"],
        ["Web"],
        ["Playground"],
    ];

    [GeneratedRegex(@"\bNewsBot\.([A-Z][A-Za-z]+)\b")]
    private static partial Regex Reference();

    private static string Source => Path.Combine(RepositoryRoot(), "src", "NewsBot");

    [Fact]
    public void Every_folder_is_placed_in_a_layer()
    {
        var folders = Directory.GetDirectories(Source).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order();
        Assert.Equal(Layers.SelectMany(l => l).Order(), folders);
    }

    [Fact]
    public void Folders_use_only_the_layers_below_them()
    {
        var layerOf = Layers.SelectMany((names, i) => names.Select(n => (n, i))).ToDictionary(x => x.n, x => x.i);
        var upward = new List<string>();
        foreach (var (folder, layer) in layerOf)
            foreach (var file in Directory.GetFiles(Path.Combine(Source, folder), "*.cs", SearchOption.AllDirectories))
                foreach (var used in Reference().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Distinct())
                    if (used != folder && layerOf.TryGetValue(used, out var usedLayer) && usedLayer >= layer)
                        upward.Add($"{folder}/{Path.GetFileName(file)} uses {used}");
        Assert.Empty(upward);
    }

    [Fact]
    public void No_class_is_stitched_together_by_partial_method_hooks()
    {
        var hooks = Directory.GetFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => File.ReadAllText(f).Contains("partial void ")).Select(Path.GetFileName);
        Assert.Empty(hooks);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("NewsBot.sln not found above the test binaries");
    }
}
