using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace NewsBot.Tests.Support;

public sealed partial class FakeSite
{
    private abstract record Route;
    private sealed record Content(byte[] Body, string ContentType, string? ETag, DateTimeOffset? LastModified) : Route;
    private sealed record Redirection(string To, int Status) : Route;
    private sealed record HugeBody(long Bytes, bool DeclareLength) : Route;
    private sealed record Failure(int Status) : Route;
    private sealed record Broken(bool Truncated) : Route;

    private static readonly byte[] Chunk = Encoding.UTF8.GetBytes(
        string.Concat(Enumerable.Repeat("<item><title>Filler</title><description>Lorem ipsum dolor sit amet</description></item>\n", 64)));

    private async Task HandleAsync(HttpContext context)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _server.Stopping);
        var request = context.Request;
        var path = request.Path.Value + request.QueryString.Value;
        Route? route;
        TimeSpan delay;
        lock (_gate)
        {
            var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            _requests.Add(new RecordedRequest(request.Method, path, headers, DateTimeOffset.UtcNow));
            route = _routes.GetValueOrDefault(path) ?? _routes.GetValueOrDefault(request.Path.Value ?? "/");
            delay = _delays.GetValueOrDefault(path, _delays.GetValueOrDefault(request.Path.Value ?? "/"));
        }
        try
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, cts.Token);
            await ServeAsync(context, route, cts.Token);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            context.Abort();
        }
    }

    private static Task ServeAsync(HttpContext context, Route? route, CancellationToken ct) => route switch
    {
        Content content => ServeContentAsync(context, content, ct),
        Redirection redirect => RedirectAsync(context.Response, redirect),
        HugeBody huge => StreamAsync(context.Response, huge, ct),
        Failure failure => TextAsync(context.Response, failure.Status, $"Failure {failure.Status}", ct),
        Broken broken => BrokenAsync(context, broken, ct),
        _ => TextAsync(context.Response, 404, "Not Found", ct),
    };

    private static async Task ServeContentAsync(HttpContext context, Content content, CancellationToken ct)
    {
        var response = context.Response;
        if (content.ETag is not null) response.Headers.ETag = content.ETag;
        if (content.LastModified is { } modified) response.Headers.LastModified = modified.ToString("R", CultureInfo.InvariantCulture);
        if (NotModified(context.Request, content))
        {
            response.StatusCode = 304;
            return;
        }
        response.ContentType = content.ContentType;
        response.ContentLength = content.Body.Length;
        await response.Body.WriteAsync(content.Body, ct);
    }

    /// <summary>RFC 9110 §13.1: If-None-Match (weak comparison, "*" matches) wins; If-Modified-Since only without it.</summary>
    private static bool NotModified(HttpRequest request, Content content)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0)
        {
            return content.ETag is not null && ifNoneMatch.Split(',').Select(t => t.Trim()).Any(tag =>
                tag == "*" || (tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag) == content.ETag);
        }
        return content.LastModified is { } modified
            && HeaderUtilities.TryParseDate(request.Headers.IfModifiedSince.ToString(), out var since)
            && modified <= since;
    }

    private static Task RedirectAsync(HttpResponse response, Redirection redirect)
    {
        response.StatusCode = redirect.Status;
        response.Headers.Location = redirect.To;
        return Task.CompletedTask;
    }

    private static async Task StreamAsync(HttpResponse response, HugeBody stream, CancellationToken ct)
    {
        response.ContentType = "application/rss+xml; charset=utf-8";
        if (stream.DeclareLength) response.ContentLength = stream.Bytes;
        var header = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Huge</title>\n"u8.ToArray();
        var left = stream.Bytes;
        var first = header.AsMemory(0, (int)Math.Min(header.Length, left));
        await response.Body.WriteAsync(first, ct);
        left -= first.Length;
        while (left > 0)
        {
            var part = Chunk.AsMemory(0, (int)Math.Min(Chunk.Length, left));
            await response.Body.WriteAsync(part, ct);
            left -= part.Length;
        }
    }

    /// <summary>A body that claims gzip but is not, or one that stops halfway through its declared length.</summary>
    private static async Task BrokenAsync(HttpContext context, Broken broken, CancellationToken ct)
    {
        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        var body = Encoding.UTF8.GetBytes("<html><body><article><p>This body is not what its headers say it is.</p></article></body></html>");
        if (!broken.Truncated)
        {
            response.Headers.ContentEncoding = "gzip";
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, ct);
            return;
        }
        response.ContentLength = body.Length * 2;
        await response.Body.WriteAsync(body, ct);
        await response.Body.FlushAsync(ct);
        context.Abort();
    }

    private static async Task TextAsync(HttpResponse response, int status, string text, CancellationToken ct)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(text, ct);
    }
}
