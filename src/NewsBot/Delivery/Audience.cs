using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>Who gets what, decided once: an article's channels (the channel lane), and which readers a fan-out reaches. Pure.</summary>
public static class Audience
{
    /// <summary>An article's channel targets: the channel lane, which /pause, MinGap and quiet hours rule.</summary>
    public static IReadOnlyList<DeliveryTarget> ChannelTargets(IReadOnlyList<string> channels) =>
        channels.Distinct().Select(c => new DeliveryTarget(c, ChatKind.Group, Lane.Channel)).ToList();

    /// <summary>A reader's chat as a target in <paramref name="lane"/>.</summary>
    public static DeliveryTarget Reader(ReaderRecord reader, Lane lane) => new(reader.Chat, reader.Kind, lane);

    /// <summary>True when the fan-out reaches this reader: an article its active instant readers whose sections match (digest readers
    /// get it in their digest); a broadcast every active reader; a digest the active readers whose digest falls at its minute.</summary>
    public static bool Reaches(FanoutRecord fanout, ReaderRecord reader, ArticleRecord? article) => reader.Active && fanout.Kind switch
    {
        FanoutKind.Article => article is not null && reader.DigestMinute is null && reader.Wants(article.SectionId),
        FanoutKind.Broadcast => true,
        FanoutKind.Digest => reader.DigestMinute == fanout.DigestMinute,
        _ => false,
    };
}
