using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Tests.Playground;

/// <summary>With no Telegram:BotToken the service runs as a playground (SPEC §5): the emulator inside the process, the sample site as its
/// feed, the playground page; and the same web endpoints as ever.</summary>
public sealed class PlaygroundModeTests : IAsyncLifetime
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private TestService _service = null!;

    private FakeBotApi Api => _service.Host.Services.GetRequiredService<PlaygroundMode>().Api;

    /// <summary>No token, no feed, no storage path: only what a test machine needs (a free port, a quick release, short polls).</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["Web:Urls"] = "http://127.0.0.1:0",
        ["Playground:ReleaseEvery"] = "00:00:01",
        ["Telegram:PollTimeout"] = "1",
    };

    public async Task InitializeAsync() => _service = await TestService.StartAsync(Settings());

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task It_says_so_in_one_line_with_the_playground_address_and_posts_the_sample_stories_to_its_channel()
    {
        var line = Assert.Single(_service.Logs.Lines, l => l.Contains("Playground mode", StringComparison.Ordinal));
        Assert.Contains($"Open {_service.WebUrl}playground", line);

        await Api.WaitForSentAsync(2, TimeSpan.FromSeconds(30));
        var site = _service.Host.Services.GetRequiredService<SampleSite>();
        var first = Api.Sent[0];
        Assert.Equal(PlaygroundMode.Channel, first.ChatId);
        Assert.StartsWith($"<b>{site.FeedStories[0].Title}</b>", first.Body);
        Assert.Equal(site.FeedStories[0].Url.ToString(), Assert.Single(first.Buttons).Url);
        Assert.NotNull(first.PhotoUrl);
    }

    [Fact]
    public async Task Its_store_is_its_own_and_is_removed_at_the_end()
    {
        var path = _service.Host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.Path;
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "newsbot-playground"), path);
        Assert.True(File.Exists(path));

        await _service.DisposeAsync();
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));
        _service = await TestService.StartAsync(Settings());
    }

    [Fact]
    public async Task Healthz_is_healthy_and_metrics_count_the_playgrounds_deliveries()
    {
        await Api.WaitForSentAsync(2, TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(() => _service.Store.Outbox.Count(DeliveryState.Sent) >= 2, "two sends recorded");

        using var health = await Http.GetAsync(new Uri(_service.WebUrl, "healthz"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        var metrics = await Http.GetStringAsync(new Uri(_service.WebUrl, "metrics"));
        var sent = metrics.Split('\n').Where(l => l.StartsWith("newsbot_deliveries_sent_total{", StringComparison.Ordinal) && l.Contains("lane=\"Channel\""))
            .Select(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).Single();
        Assert.True(sent >= 2, $"newsbot_deliveries_sent_total for the channel is {sent}");
    }

    [Fact]
    public async Task The_playground_page_shows_the_channel_posts_with_their_button()
    {
        await Api.WaitForSentAsync(1, TimeSpan.FromSeconds(30));
        var site = _service.Host.Services.GetRequiredService<SampleSite>();

        var page = await Http.GetStringAsync(new Uri(_service.WebUrl, "playground?lang=en"));

        Assert.Contains(WebUtility.HtmlEncode(site.FeedStories[0].Title), page);
        Assert.Contains($"href=\"/playground/site/{site.FeedStories[0].Lang}/{site.FeedStories[0].Slug}\"", page);
        Assert.Contains(">Read more</a>", page);
    }

    [Fact]
    public async Task A_reader_writes_latest_and_an_editor_posts_a_url_both_through_the_page()
    {
        await Api.WaitForSentAsync(1, TimeSpan.FromSeconds(30));
        var site = _service.Host.Services.GetRequiredService<SampleSite>();

        await SayAsync("reader", "/latest");
        await Api.WaitForSentAsync(1, TimeSpan.FromSeconds(10));
        await Eventually.TrueAsync(() => Api.Sent.Any(m => m.ChatId == $"{PlaygroundMode.ReaderId}"), "the bot answers the reader");

        var extra = site.ForEditor("en");
        await SayAsync("editor", $"/post {extra.Url}");
        await Eventually.TrueAsync(() => Api.Sent.Any(m => m.ChatId == PlaygroundMode.Channel && m.Body.Contains(extra.Title, StringComparison.Ordinal)),
            "the editor's post reaches the channel");

        using var view = JsonDocument.Parse(await Http.GetStringAsync(new Uri(_service.WebUrl, "playground/view?as=editor&lang=en")));
        Assert.Contains(WebUtility.HtmlEncode(extra.Title), view.RootElement.GetProperty("channel").GetString());
        Assert.Contains($"/post {extra.Url}", view.RootElement.GetProperty("chat").GetString());
    }

    [Fact]
    public async Task An_unchanged_view_answers_304()
    {
        using var first = await Http.GetAsync(new Uri(_service.WebUrl, "playground/view"));
        var version = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_service.WebUrl, "playground/view"));
        request.Headers.TryAddWithoutValidation("If-None-Match", version);

        using var again = await Http.SendAsync(request);

        Assert.True(again.StatusCode is HttpStatusCode.NotModified or HttpStatusCode.OK, $"{again.StatusCode}");
        if (again.StatusCode == HttpStatusCode.OK) Assert.NotEqual(version, JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public async Task A_button_the_bot_never_sent_cannot_be_pressed()
    {
        using var response = await Http.PostAsync(new Uri(_service.WebUrl, "playground/press"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["as"] = "editor", ["message"] = "1", ["data"] = "anything" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task SayAsync(string role, string text)
    {
        using var response = await Http.PostAsync(new Uri(_service.WebUrl, "playground/say"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["as"] = role, ["lang"] = "en", ["text"] = text }));
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.SeeOther, $"say answered {response.StatusCode}");
    }
}
