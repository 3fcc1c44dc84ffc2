namespace NewsBot.Telemetry;

/// <summary>The handler under the Bot API client: remembers when Telegram last answered (for /healthz) and counts its 429s.</summary>
/// <remarks>An answer is any HTTP status below 500 except 401: a refused token or a failing Bot API server is no sign of a working bot.</remarks>
public sealed class BotApiWatch(TimeProvider time) : DelegatingHandler
{
    private long _lastAnswerTicks;

    /// <summary>When the Bot API last answered (UTC), or null if it never has since the start.</summary>
    public DateTimeOffset? LastAnswerAt => Interlocked.Read(ref _lastAnswerTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        if (status == 429) NewsMetrics.Flooded();
        if (status is < 500 and not 401) Interlocked.Exchange(ref _lastAnswerTicks, time.GetUtcNow().UtcTicks);
        return response;
    }
}
