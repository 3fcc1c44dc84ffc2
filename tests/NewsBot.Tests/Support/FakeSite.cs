using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Tests.Support;

/// <summary>One request the fake site received.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, DateTimeOffset At)
{
    /// <summary>A request header's value (case-insensitive), or null.</summary>
    public string? Header(string name) => Headers.GetValueOrDefault(name);
}

/// <summary>
/// A loopback news site (Kestrel on 127.0.0.1) serving pages and feeds that tests change at runtime:
/// conditional GET with ETag/Last-Modified, redirects, slow, huge and failing responses, and a request log.
/// </summary>
public sealed partial class FakeSite : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Route> _routes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeSpan> _delays = new(StringComparer.Ordinal);
    private readonly List<RecordedRequest> _requests = [];
    private LoopbackServer _server = null!;

    /// <summary>Starts the site on a free loopback port; unmapped paths answer 404.</summary>
    public static async Task<FakeSite> StartAsync()
    {
        var site = new FakeSite();
        site._server = await LoopbackServer.StartAsync(site.HandleAsync);
        return site;
    }

    /// <summary>The site's root, e.g. http://127.0.0.1:5123/.</summary>
    public Uri BaseUrl => _server.BaseUrl;

    /// <summary>The absolute URL of a path on this site ("/feed.xml" or "feed.xml").</summary>
    public Uri Url(string path) => new(_server.BaseUrl, path.TrimStart('/'));

    /// <summary>Every request received, in order (a snapshot).</summary>
    public IReadOnlyList<RecordedRequest> Requests { get { lock (_gate) return [.. _requests]; } }

    /// <summary>How many requests asked for this path (query string included when given).</summary>
    public int RequestCount(string path)
    {
        var key = Key(path);
        lock (_gate) return _requests.Count(r => r.Path == key || (!key.Contains('?') && r.Path.Split('?')[0] == key));
    }

    /// <summary>Serves <paramref name="body"/> as UTF-8 with no validators (no ETag, no Last-Modified).</summary>
    public void Map(string path, string body, string contentType = "text/html; charset=utf-8") =>
        Map(path, Encoding.UTF8.GetBytes(body), contentType);

    /// <summary>Serves raw bytes (e.g. a page in windows-1251) with no validators.</summary>
    public void Map(string path, byte[] body, string contentType = "text/html; charset=utf-8") =>
        Set(path, new Content(body, contentType, null, null));

    /// <summary>
    /// Serves a feed with a strong ETag (hash of the bytes) and a Last-Modified that advances whenever the content
    /// changes; answers 304 to a matching If-None-Match, or else a satisfied If-Modified-Since (RFC 9110 §13.2.2).
    /// </summary>
    public void MapFeed(string path, string xml, string contentType = "application/rss+xml; charset=utf-8")
    {
        var body = Encoding.UTF8.GetBytes(xml);
        var etag = $"\"{Convert.ToHexString(SHA256.HashData(body))[..16].ToLowerInvariant()}\"";
        lock (_gate)
        {
            var previous = _routes.GetValueOrDefault(Key(path)) as Content;
            if (previous?.ETag == etag) return;
            var now = DateTimeOffset.UtcNow;
            now = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
            var modified = previous?.LastModified is { } last && last >= now ? last.AddSeconds(1) : now;
            _routes[Key(path)] = new Content(body, contentType, etag, modified);
        }
    }

    /// <summary>Answers with a redirect to <paramref name="to"/> (absolute or site-relative).</summary>
    public void Redirect(string from, string to, int status = 301) => Set(from, new Redirection(to, status));

    /// <summary>Waits <paramref name="delay"/> before sending headers for this path (whatever it serves).</summary>
    public void Slow(string path, TimeSpan delay) { lock (_gate) _delays[Key(path)] = delay; }

    /// <summary>Streams exactly <paramref name="bytes"/> bytes of repeated XML-ish items, never buffering; optionally with Content-Length.</summary>
    public void Huge(string path, long bytes, bool declareLength = false) => Set(path, new HugeBody(bytes, declareLength));

    /// <summary>Answers this status (e.g. 500, 404, 410) with a short text body.</summary>
    public void Fail(string path, int status) => Set(path, new Failure(status));

    /// <summary>Serves a body that says Content-Encoding: gzip but is plain text.</summary>
    public void LyingGzip(string path) => Set(path, new Broken(Truncated: false));

    /// <summary>Serves half of the body its Content-Length promises, then drops the connection.</summary>
    public void Truncated(string path) => Set(path, new Broken(Truncated: true));

    /// <summary>Removes whatever the path served; it answers 404 again.</summary>
    public void Unmap(string path) { lock (_gate) _routes.Remove(Key(path)); }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private void Set(string path, Route route) { lock (_gate) _routes[Key(path)] = route; }

    private static string Key(string path) => path.StartsWith('/') ? path : "/" + path;
}
