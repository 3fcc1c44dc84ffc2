using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Service;

/// <summary>A loop that dies (a full disk under the update loop, say) ends the process with a non-zero exit code, so a supervisor's
/// restart-on-failure brings it back; before, the host stopped and the process exited 0.</summary>
public sealed class ExitCodeTests : LoopbackWorld
{
    [Fact]
    public async Task A_failed_background_loop_ends_the_service_with_exit_code_1()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(TestService.Settings(Api, DbPath));
        builder.Logging.ClearProviders();
        builder.Services.AddNewsBot(builder.Configuration);
        builder.Services.AddHostedService<DiskFull>();
        using var host = builder.Build();

        var exit = await Setup.RunAsync(host).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exit);
    }

    private sealed class DiskFull : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stop)
        {
            await Task.Delay(300, stop);
            throw new IOException("No space left on device");
        }
    }
}
