using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace NewsBot.Network;

/// <summary>Validators from an earlier response, for a conditional GET (RFC 9110 §13).</summary>
public sealed record Validators(string? ETag, string? LastModified);

/// <summary>A fetched response: body bytes (capped), charset, validators and cache lifetime; or "not modified".</summary>
public sealed record WebResponse(
    Uri FinalUrl, bool NotModified, byte[] Body, string? MediaType, string? Charset, Validators Validators, TimeSpan? MaxAge);

/// <summary>A fetch that failed: refused address, timeout, HTTP error, too large, network error. The message says which.</summary>
public sealed class FetchException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The HTTP edge for feeds and pages: 20 s timeout, 10 MB cap while streaming, redirects, conditional GET.</summary>
public sealed class WebFetcher(HttpClient http)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public async Task<WebResponse> GetAsync(Uri url, Validators? validators, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        try
        {
            return await SendAsync(url, validators, timeout.Token);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new FetchException($"timed out after {Timeout.TotalSeconds:0} s", e);
        }
        catch (HttpRequestException e)
        {
            throw new FetchException(e.InnerException is FetchException f ? f.Message : e.Message, e);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // A body cut short (HttpIOException) or not the gzip/brotli its header claims: a failed fetch like any other.
            throw new FetchException($"the response body could not be read: {e.Message}", e);
        }
    }

    private async Task<WebResponse> SendAsync(Uri url, Validators? validators, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators?.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (validators?.LastModified is { } since) request.Headers.TryAddWithoutValidation("If-Modified-Since", since);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        var finalUrl = response.RequestMessage?.RequestUri ?? url;
        var found = new Validators(response.Headers.ETag?.ToString() ?? validators?.ETag,
            response.Content.Headers.LastModified?.ToString("R") ?? validators?.LastModified);
        var maxAge = response.Headers.CacheControl?.MaxAge;
        if (response.StatusCode == HttpStatusCode.NotModified)
            return new WebResponse(finalUrl, true, [], null, null, found, maxAge);
        if (!response.IsSuccessStatusCode)
            throw new FetchException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        var body = await ReadCappedAsync(response.Content, ct);
        var type = response.Content.Headers.ContentType;
        return new WebResponse(finalUrl, false, body, type?.MediaType, type?.CharSet?.Trim('"'), found, maxAge);
    }

    private static async Task<byte[]> ReadCappedAsync(HttpContent content, CancellationToken ct)
    {
        if (content.Headers.ContentLength > MaxBytes)
            throw new FetchException($"response of {content.Headers.ContentLength} bytes is over the {MaxBytes / 1024 / 1024} MB cap");
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
                throw new FetchException($"response is over the {MaxBytes / 1024 / 1024} MB cap");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>The handler for the fetcher's HttpClient: redirects, decompression, and the address guard at connect time (so redirects and DNS rebinding cannot reach private ranges).</summary>
    /// <remarks>No proxy: through a proxy the guard would judge the proxy's address, not the feed's, so HTTP(S)_PROXY is not used for feeds and pages.</remarks>
    public static SocketsHttpHandler CreateHandler(bool allowPrivateAddresses) => new()
    {
        UseProxy = false,
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 5,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, allowPrivateAddresses, ct),
    };

    public static void ConfigureClient(HttpClient client)
    {
        client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("NewsBot", "1.0"));
        client.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.9, */*;q=0.8");
    }

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivate, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, ct);
        var allowed = allowPrivate ? addresses : addresses.Where(a => !AddressRules.IsPrivate(a)).ToArray();
        if (allowed.Length == 0)
            throw new FetchException($"refused to fetch from {endPoint.Host}: loopback or private address (set Network:AllowPrivateAddresses to allow)");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
