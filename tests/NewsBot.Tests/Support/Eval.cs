namespace NewsBot.Tests.Support;

/// <summary>Finds the read-only evaluation material (shared/eval) above the test binaries, or at NEWSBOT_EVAL.</summary>
public static class Eval
{
    public static string Folder(string part)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("NEWSBOT_EVAL");
        if (!string.IsNullOrEmpty(fromEnvironment))
            return Path.Combine(fromEnvironment, part);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "eval", part);
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException($"shared/eval/{part} not found above {AppContext.BaseDirectory}; set NEWSBOT_EVAL.");
    }
}
