using System.Globalization;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>Who gets an article: its channels first (priority 0), then every active instant reader whose sections match (priority 1). Pure.</summary>
public sealed class Audience
{
    public const int ChannelPriority = 0;
    public const int ReaderPriority = 1;

    public IReadOnlyList<DeliveryTarget> TargetsFor(ArticleRecord article, IReadOnlyList<string> channels) =>
        channels.Select(c => new DeliveryTarget(c, ChatKind.Group, ChannelPriority)).ToList();

    /// <summary>The readers among <paramref name="readers"/> who get <paramref name="article"/> at once (digest readers get it in their digest).</summary>
    public IEnumerable<DeliveryTarget> ReadersFor(ArticleRecord article, IEnumerable<ReaderRecord> readers) =>
        readers.Where(r => r.Active && r.DigestMinute is null && r.Wants(article.SectionId))
            .Select(r => new DeliveryTarget(r.Id.ToString(CultureInfo.InvariantCulture), r.IsGroup ? ChatKind.Group : ChatKind.Private, ReaderPriority));
}
