using Microsoft.Playwright;

namespace NewsBot.Tests.Browser;

/// <summary>One service in playground mode and one headless Debian Chromium, shared by a class of browser tests.</summary>
public sealed class PlaygroundBrowser : IAsyncLifetime
{
    /// <summary>Chromium's flags for a machine with no display, no GPU and no network beyond loopback.</summary>
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public TestService Service { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Service = await TestService.StartAsync(Playground.PlaygroundModeTests.Settings());
        if (!File.Exists(BrowserFactAttribute.Chromium) && !BrowserFactAttribute.IsCi) return;
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium, Headless = true, Args = Flags,
        });
    }

    /// <summary>A fresh page (its own cookies and history) that fails a test on any script error.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = Service.WebUrl.ToString() });
        page.SetDefaultTimeout(30_000);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(path);
        Assert.Empty(errors);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }
        await Service.DisposeAsync();
    }
}
