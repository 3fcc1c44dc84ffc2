using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Scheduling;

/// <summary>At start, before the scheduler runs: the configured feeds' names become sections, and every trigger is registered again.</summary>
public sealed class SchedulingStartup(Triggers triggers, IArticles articles, IOptions<FeedsOptions> feeds) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        foreach (var name in feeds.Value.Items.Select(f => f.Name).OfType<string>().Where(n => n.Trim().Length > 0))
            articles.AddSection(name);
        await triggers.RegisterAllAsync(ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
