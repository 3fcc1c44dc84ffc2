using System.Net;
using System.Net.Http.Headers;

namespace NewsBot.Tests.Support;

public sealed class FakeSiteTests : IAsyncLifetime
{
    private FakeSite _site = null!;
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false });

    public async Task InitializeAsync() => _site = await FakeSite.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _site.DisposeAsync();
    }

    private async Task<HttpResponseMessage> GetAsync(string path, Action<HttpRequestHeaders>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, _site.Url(path));
        headers?.Invoke(request.Headers);
        return await _http.SendAsync(request);
    }

    [Fact]
    public async Task Serves_mapped_pages_and_records_requests()
    {
        _site.Map("/a.html", "<p>hi</p>");
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("NewsBot/1.0");

        var page = await GetAsync("/a.html");
        var missing = await GetAsync("/nope");

        Assert.Equal("<p>hi</p>", await page.Content.ReadAsStringAsync());
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(1, _site.RequestCount("/a.html"));
        Assert.Equal("NewsBot/1.0", _site.Requests[0].Header("user-agent"));
    }

    [Fact]
    public async Task A_feed_answers_304_to_matching_validators_and_200_once_it_changes()
    {
        _site.MapFeed("/feed.xml", "<rss>one</rss>");

        var first = await GetAsync("/feed.xml");
        var etag = first.Headers.ETag!;
        var modified = first.Content.Headers.LastModified!.Value;
        var byEtag = await GetAsync("/feed.xml", h => h.IfNoneMatch.Add(etag));
        var byDate = await GetAsync("/feed.xml", h => h.IfModifiedSince = modified);
        _site.MapFeed("/feed.xml", "<rss>two</rss>");
        var changed = await GetAsync("/feed.xml", h => h.IfNoneMatch.Add(etag));
        var changedByDate = await GetAsync("/feed.xml", h => h.IfModifiedSince = modified);

        Assert.Equal((HttpStatusCode.NotModified, HttpStatusCode.NotModified), (byEtag.StatusCode, byDate.StatusCode));
        Assert.Equal("<rss>two</rss>", await changed.Content.ReadAsStringAsync());
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, changedByDate.StatusCode);
        Assert.True(changed.Content.Headers.LastModified > modified);
    }

    [Fact]
    public async Task Remapping_the_same_feed_keeps_its_validators()
    {
        _site.MapFeed("/feed.xml", "<rss>same</rss>");
        var etag = (await GetAsync("/feed.xml")).Headers.ETag!;

        _site.MapFeed("/feed.xml", "<rss>same</rss>");
        var again = await GetAsync("/feed.xml", h => h.IfNoneMatch.Add(etag));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task Redirects_point_to_their_target()
    {
        _site.Redirect("/old", "/new", 308);
        _site.Map("/new", "moved here");
        using var following = new HttpClient();

        var redirect = await GetAsync("/old");
        var followed = await following.GetStringAsync(_site.Url("/old"));

        Assert.Equal((HttpStatusCode.PermanentRedirect, "/new"), (redirect.StatusCode, redirect.Headers.Location!.ToString()));
        Assert.Equal("moved here", followed);
    }

    [Fact]
    public async Task Huge_streams_exactly_the_requested_bytes()
    {
        const long size = 5_000_000;
        _site.Huge("/huge.xml", size);
        _site.Huge("/declared.xml", 1234, declareLength: true);

        using var response = await _http.GetAsync(_site.Url("/huge.xml"), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long total = 0;
        for (int read; (read = await body.ReadAsync(buffer)) > 0;) total += read;
        var declared = await GetAsync("/declared.xml");

        Assert.Null(response.Content.Headers.ContentLength);
        Assert.Equal(size, total);
        Assert.Equal(1234, declared.Content.Headers.ContentLength);
        Assert.StartsWith("<?xml", await declared.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Slow_paths_delay_their_headers_past_a_client_timeout()
    {
        _site.Map("/slow", "late");
        _site.Slow("/slow", TimeSpan.FromMinutes(1));
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(100) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient.GetStringAsync(_site.Url("/slow")));
    }

    [Fact]
    public async Task Failing_paths_answer_their_status_and_content_changes_at_runtime()
    {
        _site.Fail("/page", 503);
        var failed = await GetAsync("/page");
        _site.Map("/page", "back");

        var recovered = await GetAsync("/page");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal("back", await recovered.Content.ReadAsStringAsync());
        Assert.Equal(2, _site.RequestCount("page"));
    }
}
