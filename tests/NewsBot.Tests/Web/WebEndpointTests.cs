using System.Net;
using System.Text.Json;

namespace NewsBot.Tests.Web;

/// <summary>The service's web endpoints (SPEC §5a) against the fake Bot API and the fake news site.</summary>
public sealed class WebEndpointTests : LoopbackWorld
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Healthz_answers_200_healthy_with_each_check()
    {
        await using var service = await TestService.StartAsync(TestService.Settings(Api, DbPath));

        using var response = await Http.GetAsync(new Uri(service.WebUrl, "healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal(["botApi", "outbox", "storage"], checks.EnumerateObject().Select(c => c.Name).Order());
    }

    [Fact]
    public async Task Healthz_answers_503_unhealthy_with_the_reason_when_storage_fails()
    {
        await using var service = await TestService.StartAsync(TestService.Settings(Api, DbPath));
        service.Store.Dispose();

        using var response = await Http.GetAsync(new Uri(service.WebUrl, "healthz"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("status").GetString());
        Assert.StartsWith("storage: storage cannot be read", json.RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Metrics_carry_the_spec_names_and_count_what_happened()
    {
        var feed = Site.Url("/rss").ToString();
        SampleNews.Publish(Site);
        await using var service = await TestService.StartAsync(TestService.Settings(Api, DbPath, feed));
        await Eventually.TrueAsync(() => service.Store.Feeds.Get(feed).Primed, "the first poll primes the feed");
        SampleNews.Publish(Site, SampleNews.Article("metered"));
        await Api.WaitForSentAsync(1, TimeSpan.FromSeconds(20));
        await Eventually.TrueAsync(() => service.Store.Outbox.Count(NewsBot.Storage.DeliveryState.Sent) == 1, "the send is recorded");

        var text = await Http.GetStringAsync(new Uri(service.WebUrl, "metrics"));

        foreach (var name in new[] { "newsbot_articles_published_total", "newsbot_deliveries_sent_total", "newsbot_deliveries_failed_total",
            "newsbot_telegram_429_total", "newsbot_outbox_pending", "newsbot_readers_active" })
            Assert.Contains($"# TYPE {name} ", text);
        Assert.Matches($"newsbot_feed_polls_total\\{{[^}}]*feed=\"{feed}\"[^}}]*\\}} [1-9]", text);
        Assert.Contains("# TYPE newsbot_feed_poll_failures_total counter", text);
        Assert.Matches("newsbot_deliveries_sent_total\\{[^}]*lane=\"Channel\"[^}]*\\} [1-9]", text);
    }
}
