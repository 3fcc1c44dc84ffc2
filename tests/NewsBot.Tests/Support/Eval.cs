namespace NewsBot.Tests.Support;

/// <summary>Finds the evaluation material: the repository's copy (tests/NewsBot.Tests/TestData/eval) above the binaries, or NEWSBOT_EVAL.</summary>
/// <remarks>Walking up from the binaries serves the tests and the bench alike (it compiles this file too), wherever the clone sits.</remarks>
public static class Eval
{
    private static readonly string InRepository = Path.Combine("tests", "NewsBot.Tests", "TestData", "eval");

    public static string Folder(string part)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("NEWSBOT_EVAL");
        if (!string.IsNullOrEmpty(fromEnvironment))
            return Path.Combine(fromEnvironment, part);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, InRepository, part);
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException($"{InRepository}/{part} not found above {AppContext.BaseDirectory}; set NEWSBOT_EVAL.");
    }
}
