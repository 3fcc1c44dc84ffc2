using NewsBot.Delivery;
using NewsBot.Tests.Support;
using NewsBot.Storage;

namespace NewsBot.Tests.Storage;

public sealed class NewsStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);
    private readonly string _dir = Directory.CreateTempSubdirectory("newsbot-store-").FullName;
    private LiteStore _store;

    public NewsStoreTests() => _store = new LiteStore(Path.Combine(_dir, "nested", "news.db"));

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private static ArticleRecord Article(string key) => new()
    {
        Key = key, FeedUrl = "https://a.example/rss", Url = "https://a.example/" + key, Title = key, FoundAt = Now,
        State = ArticleState.Published, PostHtml = "<b>" + key + "</b>", PostButtonText = "Read more",
    };

    private static DeliveryTarget[] Channels(params string[] chats) => chats.Select(c => new DeliveryTarget(c, ChatKind.Group, Lane.Channel)).ToArray();

    [Fact]
    public void An_article_is_stored_once_with_one_delivery_per_target()
    {
        var first = _store.AddPublished(Article("k1"), Channels("@one", "@two"), Now);
        Assert.NotNull(first);
        Assert.Null(_store.AddPublished(Article("k1"), Channels("@one"), Now));
        Assert.True(_store.Articles.IsKnown("k1"));
        Assert.Equal(["@one", "@two"], _store.Outbox.OfArticle(first.Id).Select(d => d.Chat).Order());
        Assert.Equal(2, _store.Outbox.Count(DeliveryState.Pending));
    }

    [Fact]
    public void Strings_come_back_as_stored_even_empty_or_padded()
    {
        var article = Article("editor");
        article.FeedUrl = "";
        article.PostHtml = "<b>T</b>\n\n  summary  ";
        var id = _store.AddPublished(article, Channels("@chan"), Now)!.Id;
        var back = _store.Articles.Get(id)!;
        Assert.Equal("", back.FeedUrl);
        Assert.Equal("<b>T</b>\n\n  summary  ", back.PostHtml);
    }

    [Fact]
    public void Seen_articles_are_known_but_not_delivered()
    {
        Assert.Equal(2, _store.Articles.MarkSeen([Article("a"), Article("b"), Article("a")]));
        Assert.True(_store.Articles.IsKnown("b"));
        Assert.Empty(_store.Outbox.Due(Now, 10));
    }

    [Fact]
    public void An_article_only_seen_can_still_be_published_once()
    {
        var seen = Article("k");
        seen.State = ArticleState.Seen;
        _store.Articles.MarkSeen([seen]);
        var published = _store.AddPublished(Article("k"), Channels("@chan"), Now);
        Assert.NotNull(published);
        Assert.Equal(ArticleState.Published, _store.Articles.Get(published.Id)!.State);
        Assert.Equal(1, _store.Articles.Count(ArticleState.Published));
        Assert.Null(_store.AddPublished(Article("k"), Channels("@chan"), Now));
    }

    [Fact]
    public void Messages_of_their_own_are_queued_once_per_key()
    {
        var target = new DeliveryTarget("42", ChatKind.Private, Lane.Reader);
        Assert.Equal(1, _store.AddMessages([("digest:42", target, "<b>Digest</b>"), ("digest:42", target, "again")], Now));
        var due = Assert.Single(_store.Outbox.Due(Now, 10));
        Assert.Equal("<b>Digest</b>", due.Text);
        Assert.Equal(0, due.ArticleId);
    }

    [Fact]
    public void Pending_deliveries_come_due_in_priority_then_creation_order()
    {
        var a = _store.AddPublished(Article("a"), [new DeliveryTarget("42", ChatKind.Private, Lane.Reader)], Now)!;
        var b = _store.AddPublished(Article("b"), Channels("@chan"), Now)!;
        var due = _store.Outbox.Due(Now, 10);
        Assert.Equal([b.Id, a.Id], due.Select(d => d.ArticleId));
        _store.Outbox.Retry(due[0], Now.AddMinutes(1), "503");
        Assert.Equal([a.Id], _store.Outbox.Due(Now, 10).Select(d => d.ArticleId));
        Assert.Equal(Now, _store.Outbox.NextDue());
    }

    [Fact]
    public void Sent_deliveries_survive_a_reopen()
    {
        var article = _store.AddPublished(Article("a"), Channels("@chan"), Now)!;
        _store.Outbox.MarkSent(_store.Outbox.Due(Now, 1)[0], 77, Now);
        _store.Dispose();
        _store = new LiteStore(Path.Combine(_dir, "nested", "news.db"));
        var delivery = Assert.Single(_store.Outbox.OfArticle(article.Id));
        Assert.Equal(DeliveryState.Sent, delivery.State);
        Assert.Equal(77, delivery.MessageId);
        Assert.Equal(DateTimeKind.Utc, delivery.SentAt!.Value.Kind);
        Assert.Equal(Now, delivery.SentAt);
    }

    [Fact]
    public void Disabling_a_chat_fails_its_pending_deliveries_only()
    {
        _store.AddPublished(Article("a"), Channels("@gone", "@fine"), Now);
        _store.Outbox.DisableChat("@gone", "403 Forbidden", Now);
        Assert.True(_store.Outbox.GetChat("@gone")!.Disabled);
        Assert.Equal("@fine", Assert.Single(_store.Outbox.Due(Now, 10)).Chat);
        Assert.Equal(1, _store.Outbox.Count(DeliveryState.Failed));
    }

    [Fact]
    public void Moving_a_chat_rekeys_its_pending_deliveries()
    {
        var article = _store.AddPublished(Article("a"), Channels("-100"), Now)!;
        _store.Outbox.MoveChat("-100", "-1001234", Now);
        var moved = Assert.Single(_store.Outbox.Due(Now, 10));
        Assert.Equal("-1001234", moved.Chat);
        Assert.Equal($"{article.Id}:-1001234", moved.Key);
        Assert.Equal("-1001234", _store.Outbox.GetChat("-100")!.MovedTo);
    }

    [Fact]
    public void Purging_removes_old_finished_reader_deliveries_and_keeps_channel_posts_and_pending_ones()
    {
        var readers = Enumerable.Range(1, 3).Select(i => new DeliveryTarget(i.ToString(), ChatKind.Private, Lane.Reader));
        var article = _store.AddPublished(Article("a"), [.. Channels("@chan"), .. readers], Now.AddDays(-10))!;
        foreach (var d in _store.Outbox.Due(Now, 10).Where(d => d.Chat is "@chan" or "1")) _store.Outbox.MarkSent(d, 1, Now.AddDays(-10));
        _store.Outbox.Fail(_store.Outbox.Due(Now, 10).Single(d => d.Chat == "2"), "403");

        Assert.Equal(2, _store.Outbox.PurgeFinished(Now.AddDays(-7), CancellationToken.None));

        Assert.Equal(["3", "@chan"], _store.Outbox.OfArticle(article.Id).Select(d => d.Chat).Order(StringComparer.Ordinal));
        Assert.Equal(0, _store.Outbox.PurgeFinished(Now.AddDays(-7), CancellationToken.None));
    }

    [Fact]
    public void Feed_state_and_settings_round_trip()
    {
        Assert.False(_store.Feeds.Get("https://a.example/rss").Primed);
        _store.Feeds.Save(new FeedStateRecord { Id = "https://a.example/rss", Primed = true, ETag = "\"v1\"" });
        Assert.Equal("\"v1\"", _store.Feeds.Get("https://a.example/rss").ETag);
        _store.Settings.Save("updates.offset", 1234);
        Assert.Equal(1234, _store.Settings.Get("updates.offset"));
    }
}
