using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsBot.Playground;

/// <summary>Kestrel on a free 127.0.0.1 port running one request handler, quiet: the plumbing both fakes share.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication _app = null!;

    /// <summary>The server's root, e.g. http://127.0.0.1:5123/.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Cancelled when the server stops, so held requests (long polls, hangs, slow answers) end.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public static async Task<LoopbackServer> StartAsync(RequestDelegate handler)
    {
        var server = new LoopbackServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        server._app = builder.Build();
        server._app.Urls.Add("http://127.0.0.1:0");
        server._app.Run(handler);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
