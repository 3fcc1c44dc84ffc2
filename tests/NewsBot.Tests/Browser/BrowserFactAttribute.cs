namespace NewsBot.Tests.Browser;

/// <summary>A test that drives Debian's Chromium (/usr/bin/chromium, `apt-get install -y chromium`; never Playwright's own browser
/// download). Without it the test is skipped, saying why — except under CI=true, where it runs and fails.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) && !IsCi)
            Skip = $"{Chromium} is not installed (apt-get install -y chromium; .ci/run does); under CI=true this test runs without it and fails";
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
