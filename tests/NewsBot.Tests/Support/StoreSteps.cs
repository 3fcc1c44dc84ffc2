using NewsBot.Storage;

namespace NewsBot.Tests.Support;

/// <summary>Short forms of store steps tests repeat: publish an article record, queue messages of their own.</summary>
public static class StoreSteps
{
    /// <summary>Publishes through the store's one publication step; the article when stored, null when its key was published before.</summary>
    public static ArticleRecord? AddPublished(this LiteStore store, ArticleRecord article, IEnumerable<DeliveryTarget> channels, DateTime now) =>
        store.Articles.Publish(new PublishRequest(article, channels.ToList()), now) == PublishResult.Published ? article : null;

    /// <summary>Queues messages under their keys; how many were new.</summary>
    public static int AddMessages(this LiteStore store, IEnumerable<(string Key, DeliveryTarget Target, string Html)> messages, DateTime now) =>
        store.Outbox.Add(messages.Select(m => DeliveryRecord.Message(m.Key, m.Target, m.Html, now)).ToList());
}
