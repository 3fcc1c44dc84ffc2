using NewsBot.Network;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Network;

public sealed class WebFetcherTests : IAsyncLifetime
{
    private FakeSite _site = null!;

    public async Task InitializeAsync() => _site = await FakeSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private static WebFetcher Fetcher(bool allowPrivate = true)
    {
        var http = new HttpClient(WebFetcher.CreateHandler(allowPrivate));
        WebFetcher.ConfigureClient(http);
        return new WebFetcher(http);
    }

    [Fact]
    public async Task A_conditional_get_with_the_etag_answers_not_modified()
    {
        _site.MapFeed("/rss", "<rss version=\"2.0\"><channel><title>T</title></channel></rss>");
        var fetcher = Fetcher();
        var first = await fetcher.GetAsync(_site.Url("/rss"), null, CancellationToken.None);
        Assert.False(first.NotModified);
        Assert.NotNull(first.Validators.ETag);
        Assert.Equal("utf-8", first.Charset);

        var second = await fetcher.GetAsync(_site.Url("/rss"), first.Validators, CancellationToken.None);

        Assert.True(second.NotModified);
        Assert.Equal(first.Validators.ETag, _site.Requests.Last().Header("If-None-Match"));
    }

    [Fact]
    public async Task Redirects_are_followed_to_the_final_url()
    {
        _site.Map("/new", "<html><body>moved</body></html>");
        _site.Redirect("/old", "/new");
        var response = await Fetcher().GetAsync(_site.Url("/old"), null, CancellationToken.None);
        Assert.Equal(_site.Url("/new"), response.FinalUrl);
    }

    [Fact]
    public async Task Loopback_is_refused_unless_private_addresses_are_allowed()
    {
        _site.Map("/page", "secret");
        var e = await Assert.ThrowsAsync<FetchException>(() => Fetcher(allowPrivate: false).GetAsync(_site.Url("/page"), null, CancellationToken.None));
        Assert.Contains("loopback or private address", e.Message);
        Assert.Equal(0, _site.RequestCount("/page"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_over_10_MB_is_cut_off_whether_or_not_its_length_is_declared(bool declared)
    {
        _site.Huge("/huge", 11L * 1024 * 1024, declared);
        var e = await Assert.ThrowsAsync<FetchException>(() => Fetcher().GetAsync(_site.Url("/huge"), null, CancellationToken.None));
        Assert.Contains("10 MB cap", e.Message);
    }

    [Fact]
    public async Task An_http_error_names_its_status()
    {
        _site.Fail("/gone", 410);
        var e = await Assert.ThrowsAsync<FetchException>(() => Fetcher().GetAsync(_site.Url("/gone"), null, CancellationToken.None));
        Assert.StartsWith("HTTP 410", e.Message);
    }

    [Fact]
    public void The_fetcher_uses_no_proxy_so_the_address_guard_judges_the_real_target() =>
        Assert.False(WebFetcher.CreateHandler(allowPrivateAddresses: false).UseProxy);
}
