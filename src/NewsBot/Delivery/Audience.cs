using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>Who gets what, decided once: an article's channels (the channel lane), and which readers a fan-out reaches. Pure.</summary>
public static class Audience
{
    /// <summary>An article's channel targets ("@name", "-100…", either with ":TOPIC"): the channel lane, which /pause, MinGap and quiet
    /// hours rule; a breaking article's go in the urgent lane, ahead of everything. A target that does not parse (refused at start) is skipped.</summary>
    public static IReadOnlyList<DeliveryTarget> ChannelTargets(IEnumerable<string> channels, bool breaking = false) =>
        channels.Select(ChatTarget.Parse).OfType<ChatTarget>().Distinct()
            .Select(t => new DeliveryTarget(t.Chat, ChatKind.Group, breaking ? Lane.Urgent : Lane.Channel, t.Topic)).ToList();

    /// <summary>The targets Routing adds for an article of these sections (its feed's name, its item's categories, its page's section),
    /// compared case-insensitively, in the order the routes are configured.</summary>
    public static IReadOnlyList<string> Routed(IReadOnlyList<RouteOptions> routes, IEnumerable<string?> sections)
    {
        var names = sections.OfType<string>().Select(s => s.Trim()).Where(s => s.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return routes.Where(r => names.Contains(r.Section.Trim())).SelectMany(r => r.Channels).ToList();
    }

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
