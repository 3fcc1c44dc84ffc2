using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Storage;
using NewsBot.Telemetry;
using NewsBot.Web;

namespace NewsBot.Tests.Web;

/// <summary>The checks behind /healthz decide on the clock and the store alone.</summary>
public sealed class HealthCheckTests : IDisposable
{
    private readonly string _dir = Some.TempDir();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
    private readonly LiteStore _store;

    public HealthCheckTests() => _store = new LiteStore(Path.Combine(_dir, "news.db"), _time);

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task The_bot_api_is_healthy_while_it_answered_within_the_poll_timeout_and_a_minute()
    {
        using var watch = new BotApiWatch(_time) { InnerHandler = new Answering(200) };
        var check = new BotApiCheck(watch, Options.Create(new TelegramOptions { PollTimeout = 50 }), _time);
        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync(check)).Status);

        await AskAsync(watch);
        _time.Advance(TimeSpan.FromSeconds(110));
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(check)).Status);

        _time.Advance(TimeSpan.FromSeconds(1));
        var silent = await CheckAsync(check);
        Assert.Equal(HealthStatus.Unhealthy, silent.Status);
        Assert.Contains("has not answered for 111 s", silent.Description);
    }

    [Theory]
    [InlineData(429, true)]
    [InlineData(400, true)]
    [InlineData(401, false)]
    [InlineData(502, false)]
    public async Task A_refused_token_or_a_failing_server_is_no_answer(int status, bool answered)
    {
        using var watch = new BotApiWatch(_time) { InnerHandler = new Answering(status) };
        await AskAsync(watch);
        Assert.Equal(answered, watch.LastAnswerAt is not null);
    }

    [Fact]
    public async Task A_delivery_due_for_15_minutes_is_stuck_while_one_held_for_later_is_not()
    {
        var check = new OutboxCheck(_store.Outbox, _time);
        var now = _time.GetUtcNow().UtcDateTime;
        var held = DeliveryRecord.Message("held", new DeliveryTarget("@newsroom", ChatKind.Group, Lane.Channel), "later", now);
        held.DueAt = now.AddHours(3);
        _store.Outbox.Add([held, DeliveryRecord.Message("due", new DeliveryTarget("42", ChatKind.Private, Lane.Reader), "hi", now)]);

        _time.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(check)).Status);

        _time.Advance(TimeSpan.FromSeconds(1));
        var stuck = await CheckAsync(check);
        Assert.Equal(HealthStatus.Unhealthy, stuck.Status);
        Assert.Contains("to 42 has been due since", stuck.Description);
    }

    [Fact]
    public async Task Storage_that_cannot_be_read_is_unhealthy()
    {
        var check = new StorageCheck(_store.Outbox);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(check)).Status);

        _store.Dispose();
        var broken = await CheckAsync(check);
        Assert.Equal(HealthStatus.Unhealthy, broken.Status);
        Assert.StartsWith("storage cannot be read", broken.Description);
    }

    private static Task<HealthCheckResult> CheckAsync(IHealthCheck check) => check.CheckHealthAsync(new HealthCheckContext());

    private static async Task AskAsync(BotApiWatch watch)
    {
        using var client = new HttpClient(watch, disposeHandler: false);
        using var _ = await client.GetAsync(new Uri("http://bot.api.invalid/bot1:x/getMe"));
    }

    private sealed class Answering(int status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage((System.Net.HttpStatusCode)status));
    }
}
