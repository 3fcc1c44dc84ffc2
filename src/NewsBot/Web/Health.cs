using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NewsBot.Storage;
using NewsBot.Telemetry;

namespace NewsBot.Web;

/// <summary>/healthz (SPEC §5a): the checks' answers as JSON; 200 when healthy, 503 with the reason otherwise.</summary>
public static class Health
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var failing = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => $"{e.Key}: {e.Value.Description}").ToList();
        var body = new
        {
            Status = report.Status.ToString(),
            Reason = failing.Count == 0 ? null : string.Join("; ", failing),
            Checks = report.Entries.ToDictionary(e => e.Key, e => new { Status = e.Value.Status.ToString(), e.Value.Description }),
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}

/// <summary>Storage is usable: the LiteDB file answers a read.</summary>
public sealed class StorageCheck(IOutbox outbox) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult(HealthCheckResult.Healthy($"{outbox.Count(DeliveryState.Pending)} deliveries pending"));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"storage cannot be read: {e.Message}", e));
        }
    }
}

/// <summary>The Bot API answered recently: a long poll comes back at least every Telegram:PollTimeout seconds, so silence for a
/// minute longer than that means Telegram (or the way to it) is down, or refuses the token.</summary>
public sealed class BotApiCheck(BotApiWatch watch, IOptions<TelegramOptions> telegram, TimeProvider time) : IHealthCheck
{
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var limit = TimeSpan.FromSeconds(telegram.Value.PollTimeout) + Grace;
        var result = watch.LastAnswerAt is not { } last
            ? HealthCheckResult.Unhealthy("the Bot API has not answered since the start")
            : time.GetUtcNow() - last is var silence && silence > limit
                ? HealthCheckResult.Unhealthy($"the Bot API has not answered for {silence.TotalSeconds:0} s (last at {last:u})")
                : HealthCheckResult.Healthy($"the Bot API answered {Math.Max(0, silence.TotalSeconds):0} s ago");
        return Task.FromResult(result);
    }
}

/// <summary>The oldest pending delivery is not stuck: none has been due for <see cref="StuckAfter"/> or longer. Posts held on
/// purpose (quiet hours, /pause, a refusing channel, a 429's retry_after) are not due yet, so they do not count.</summary>
public sealed class OutboxCheck(IOutbox outbox, TimeProvider time) : IHealthCheck
{
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(15);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var result = outbox.Due(now - StuckAfter, 1) is [var stuck, ..]
            ? HealthCheckResult.Unhealthy($"delivery {stuck.Id} to {stuck.Chat} has been due since {stuck.DueAt:u} ({(now - stuck.DueAt).TotalMinutes:0} min)")
            : HealthCheckResult.Healthy($"no delivery has been due for {StuckAfter.TotalMinutes:0} min");
        return Task.FromResult(result);
    }
}
