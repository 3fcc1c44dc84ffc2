using System.Net.Http.Headers;

namespace NewsBot.Playground;

/// <summary>Under the feed and page fetcher in playground mode: answers requests for the sample site inside the process, and passes
/// every other request on to the network (configured feeds are read for real, under the usual address rules).</summary>
public sealed class SampleSiteHandler(SampleSite site) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { } url || SampleSite.PathOf(url) is not { } path) return base.SendAsync(request, cancellationToken);
        var answer = site.Answer(path, request.Headers.IfNoneMatch.FirstOrDefault()?.ToString());
        var response = new HttpResponseMessage(answer.Status) { RequestMessage = request, Content = new ByteArrayContent(answer.Body) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue(answer.MediaType) { CharSet = answer.MediaType.StartsWith("image/", StringComparison.Ordinal) ? null : "utf-8" };
        if (answer.ETag is not null) response.Headers.ETag = EntityTagHeaderValue.Parse(answer.ETag);
        return Task.FromResult(response);
    }
}
