using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>Who gets an article: its channels (first, as priority 0).</summary>
public sealed class Audience
{
    public IReadOnlyList<DeliveryTarget> TargetsFor(ArticleRecord article, IReadOnlyList<string> channels) =>
        channels.Select(c => new DeliveryTarget(c, ChatKind.Group, Priority: 0)).ToList();
}
