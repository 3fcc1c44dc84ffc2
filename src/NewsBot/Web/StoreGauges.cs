using System.Diagnostics.Metrics;
using NewsBot.Storage;
using NewsBot.Telemetry;

namespace NewsBot.Web;

/// <summary>The gauges /metrics reads from the store at each scrape: newsbot_outbox_pending and newsbot_readers_active.</summary>
public sealed class StoreGauges
{
    public StoreGauges(IMeterFactory meters, IOutbox outbox, IReaders readers)
    {
        var meter = meters.Create(NewsMetrics.MeterName);
        meter.CreateObservableGauge("newsbot.outbox.pending", () => outbox.Count(DeliveryState.Pending),
            description: "Deliveries in the outbox not yet sent, failed or cancelled");
        meter.CreateObservableGauge("newsbot.readers.active", () => readers.Count(active: true),
            description: "Readers and groups that take messages");
    }
}
