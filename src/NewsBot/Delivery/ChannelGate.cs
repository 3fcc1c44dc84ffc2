using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>Decides when a channel post may go out. Publishing policy (pause, MinGap, quiet hours) lives here; today every post may go at once.</summary>
public sealed class ChannelGate
{
    /// <summary>Null when the delivery may be sent now, else the time to try it again.</summary>
    public DateTime? HoldUntil(DeliveryRecord delivery, ArticleRecord? article, DateTime now) => null;

    /// <summary>Told after a channel post went out, so spacing can count from it.</summary>
    public void Sent(DeliveryRecord delivery, DateTime at) { }
}
