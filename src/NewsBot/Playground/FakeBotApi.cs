using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Telegram.Bot;

namespace NewsBot.Playground;

/// <summary>
/// A strict loopback Telegram Bot API (Kestrel on 127.0.0.1): answers like Telegram for the methods NewsBot uses,
/// validates HTML and limits the way Telegram does, scripts faults and flood limits, and records everything.
/// Playground mode's Telegram (SPEC §5) and the tests' and benchmarks' one fake of it.
/// </summary>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    /// <summary>The id getMe reports for the bot.</summary>
    public const long BotId = 4242;

    /// <summary>The username getMe reports for the bot.</summary>
    public const string BotUsername = "NewsTestBot";

    /// <summary>The token <see cref="StartAsync"/> accepts unless told another, in Telegram's "id:secret" shape.</summary>
    public const string DefaultToken = "123456:TEST-token_abcdefghijklmnopqrstuvw";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly object _gate = new();
    private readonly List<BotCall> _calls = [];
    private readonly Dictionary<int, int> _answered = [];
    private readonly Dictionary<string, Func<BotRequest, CancellationToken, Task<object?>>> _methods;
    private LoopbackServer _server = null!;
    private volatile bool _hang;

    private FakeBotApi(string token)
    {
        Token = token;
        _methods = new(StringComparer.OrdinalIgnoreCase);
        RegisterMessageMethods();
        RegisterBotMethods();
        RegisterUpdateMethods();
        RegisterTopicMethods();
    }

    /// <summary>The base URL to give Telegram.Bot (<c>new TelegramBotClientOptions(token, BaseUrl.ToString())</c>).</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The only token this server accepts; any other gets 401 Unauthorized.</summary>
    public string Token { get; }

    /// <summary>Clock for message dates and flood windows; swap in a FakeTimeProvider for deterministic flood tests.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Real delay before every answer (simulates a slow network).</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>While true, requests get no answer at all and are never carried out: each waits until the client gives up or the server is disposed. Setting it false again serves only later requests.</summary>
    public bool Hang { get => _hang; set => _hang = value; }

    /// <summary>Every request received, in arrival order (a snapshot).</summary>
    public IReadOnlyList<BotCall> Calls { get { lock (_gate) return [.. _calls]; } }

    /// <summary>The calls to one method (case-insensitive), in arrival order.</summary>
    public IReadOnlyList<BotCall> CallsTo(string method) =>
        Calls.Where(c => string.Equals(c.Method, method, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>How many answers had this HTTP status (200, 400, 429, …).</summary>
    public int AnsweredCount(int status) { lock (_gate) return _answered.GetValueOrDefault(status); }

    /// <summary>How many 429 Too Many Requests were answered (flood limits and scripted ones).</summary>
    public int TooManyRequestsCount => AnsweredCount(429);

    /// <summary>Starts a fake Bot API on a free loopback port.</summary>
    public static async Task<FakeBotApi> StartAsync(string token = DefaultToken)
    {
        var api = new FakeBotApi(token);
        api._server = await LoopbackServer.StartAsync(api.HandleAsync);
        api.BaseUrl = api._server.BaseUrl;
        return api;
    }

    /// <summary>The URL of one method for raw HTTP tests: BaseUrl + "bot&lt;token&gt;/&lt;method&gt;".</summary>
    public Uri MethodUrl(string method, string? token = null) => new($"{BaseUrl}bot{token ?? Token}/{method}");

    /// <summary>A real Telegram.Bot client pointed here, with automatic 429 retries off so every error surfaces.</summary>
    public TelegramBotClient CreateClient(HttpClient? http = null) =>
        new(new TelegramBotClientOptions(Token, BaseUrl.ToString()) { RetryCount = 0 }, http);

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _server.Stopping);
        var (token, methodName) = SplitPath(context.Request.Path.Value ?? "");
        BotCall? call = null;
        try
        {
            if (token is null) throw new BotApiError(404, "Not Found");
            if (token != Token) throw new BotApiError(401, "Unauthorized");
            var request = await ReadRequestAsync(context.Request, cts.Token);
            var name = _methods.Keys.FirstOrDefault(k => k.Equals(methodName, StringComparison.OrdinalIgnoreCase));
            call = Record(name ?? methodName, request);
            await DelayAsync(cts.Token);
            if (name is null) throw new BotApiError(404, "Not Found");
            ThrowScriptedFault(name);
            var result = await _methods[name](request, cts.Token);
            await WriteAsync(context, call, 200, null, new { Ok = true, Result = result });
        }
        catch (BotApiError e)
        {
            var parameters = e.RetryAfter is null && e.MigrateToChatId is null ? null : new { e.RetryAfter, e.MigrateToChatId };
            await WriteAsync(context, call, e.Status, e.Description, new { Ok = false, ErrorCode = e.Status, e.Description, Parameters = parameters });
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            context.Abort();
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            // A bug in the fake itself: answer loudly rather than let Kestrel send an empty 500.
            await WriteAsync(context, call, 500, $"Internal Server Error: fake Bot API bug: {e}", new { Ok = false, ErrorCode = 500, Description = $"fake Bot API bug: {e}" });
        }
    }

    private static (string? Token, string Method) SplitPath(string path)
    {
        if (!path.StartsWith("/bot", StringComparison.Ordinal)) return (null, "");
        var slash = path.IndexOf('/', 4);
        return slash < 0 ? (null, "") : (path[4..slash], path[(slash + 1)..]);
    }

    private static async Task<BotRequest> ReadRequestAsync(HttpRequest request, CancellationToken ct)
    {
        try { return await BotRequest.ReadAsync(request, ct); }
        catch (JsonException) { throw BotApiError.BadRequest("can't parse JSON object"); }
    }

    private BotCall Record(string method, BotRequest request)
    {
        var call = new BotCall(method, request.Parameters.ToJsonString(), Time.GetUtcNow());
        lock (_gate) _calls.Add(call);
        Pulse();
        return call;
    }

    private async Task DelayAsync(CancellationToken ct)
    {
        if (Latency > TimeSpan.Zero) await Task.Delay(Latency, ct);
        if (_hang) await Task.Delay(Timeout.Infinite, ct);
    }

    private async Task WriteAsync(HttpContext context, BotCall? call, int status, string? description, object body)
    {
        lock (_gate)
        {
            _answered[status] = _answered.GetValueOrDefault(status) + 1;
            if (call is not null)
            {
                call.Status = status;
                call.Description = description;
            }
        }
        Pulse();
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, body, body.GetType(), Json);
    }

    private void Map(string method, Func<BotRequest, object?> handler) =>
        _methods[method] = (request, _) => Task.FromResult(handler(request));

    private void MapAsync(string method, Func<BotRequest, CancellationToken, Task<object?>> handler) => _methods[method] = handler;

    /// <summary>Clones a JSON node so it can be stored or answered independently of the request.</summary>
    private static JsonNode? Copy(JsonNode? node) => node?.DeepClone();
}
