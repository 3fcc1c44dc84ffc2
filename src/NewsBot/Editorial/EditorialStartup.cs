using Microsoft.Extensions.Hosting;

namespace NewsBot.Editorial;

/// <summary>At start, before the scheduler runs: every pending schedule and every added source is registered with Quartz again (LiteDB is the truth).</summary>
public sealed class EditorialStartup(PostScheduler schedules, SourceFeeds sources) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await schedules.RestoreAsync(ct);
        await sources.RestoreAsync(ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
