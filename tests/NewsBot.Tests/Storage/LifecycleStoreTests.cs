using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Storage;

/// <summary>The store's side of corrections, retractions and breaking pins: what each step queues, once, in one transaction.</summary>
public sealed class LifecycleStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DeliveryTarget Channel = new("@chan", ChatKind.Group, Lane.Channel);
    private static readonly DeliveryTarget Topic = new("-100123", ChatKind.Group, Lane.Channel, 9);
    private readonly string _dir = Directory.CreateTempSubdirectory("newsbot-lifecycle-").FullName;
    private readonly LiteStore _store;

    public LifecycleStoreTests() => _store = new LiteStore(Path.Combine(_dir, "news.db"));

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private IOutbox Outbox => _store.Outbox;

    private static ArticleRecord Article(string key, string? photo = null) => new()
    {
        Key = key, Url = $"https://news.example/{key}", Title = key, FoundAt = Now, PostHtml = $"<b>{key}</b>", PostPhotoUrl = photo, PostButtonText = "Read more",
    };

    /// <summary>Publishes and sends every channel post (message ids from 500); returns the article.</summary>
    private ArticleRecord PublishedAndSent(string key, bool breaking = false, string? photo = null, params DeliveryTarget[] targets)
    {
        var article = Article(key, photo);
        var lanes = (targets.Length == 0 ? [Channel] : targets).Select(t => t with { Lane = breaking ? Lane.Urgent : t.Lane }).ToList();
        Assert.Equal(PublishResult.Published, _store.Articles.Publish(new PublishRequest(article, lanes, null, breaking), Now));
        foreach (var post in Outbox.OfArticle(article.Id).Where(d => d.IsSend))
            Outbox.MarkSent(post, 500 + (int)post.Id, Now, photo, "shown");
        return article;
    }

    private List<DeliveryRecord> Queued(DeliveryAction action) => Outbox.Due(Now.AddDays(1), 100).Where(d => d.Action == action).ToList();

    [Fact]
    public void A_changed_post_queues_one_edit_per_channel_post_in_a_chat_and_an_unchanged_one_only_keeps_its_fingerprint()
    {
        var article = PublishedAndSent("a", targets: [Channel, Topic]);
        _store.Outbox.Add([DeliveryRecord.Post(article.Id, new DeliveryTarget("42", ChatKind.Private, Lane.Reader), Now)]);
        var revised = Article("a");
        (revised.Id, revised.Title, revised.PostHtml) = (article.Id, "a, corrected", "<b>a, corrected</b>");

        Assert.Equal(0, _store.Articles.Revise(new ArticleRevision(WithId(Article("a"), article.Id), "fp1", Edit: false), Now));
        Assert.Equal("fp1", _store.Articles.Get(article.Id)!.ItemFingerprint);
        Assert.Equal(2, _store.Articles.Revise(new ArticleRevision(revised, "fp2", Edit: true), Now.AddMinutes(1)));

        var stored = _store.Articles.Get(article.Id)!;
        Assert.Equal(("a, corrected", "<b>a, corrected</b>", 1, "fp2", Now, article.Key), (stored.Title, stored.PostHtml, stored.Revision, stored.ItemFingerprint, stored.FoundAt, stored.Key));
        var edits = Queued(DeliveryAction.Edit);
        Assert.Equal([("@chan", (int?)null), ("-100123", 9)], edits.Select(e => (e.Chat, e.Thread)).OrderBy(e => e.Chat != "@chan"));
        Assert.All(edits, e => Assert.Equal(Lane.Urgent, e.Lane));
        Assert.Null(_store.Articles.Revise(new ArticleRevision(WithId(Article("nope"), 999), null, true), Now));
    }

    [Fact]
    public void A_retraction_queues_each_deletion_once_and_a_completed_deletion_marks_the_post_deleted()
    {
        var article = PublishedAndSent("r");

        var (cancelled, sent) = Outbox.Retract(article.Id, "gone", Now);
        Outbox.Retract(article.Id, "gone again", Now);

        Assert.Equal((0, 1), (cancelled, sent.Count));
        var delete = Assert.Single(Queued(DeliveryAction.Delete));
        Assert.True(Outbox.Complete(delete, Now.AddSeconds(1)));
        var post = Outbox.OfArticle(article.Id).Single(d => d.IsSend);
        Assert.Equal((DeliveryState.Cancelled, Now.AddSeconds(1)), (post.State, post.DeletedAt));
        Assert.Empty(Outbox.Retract(article.Id, "third time", Now).Sent);
        Assert.Equal(1, Outbox.CountDone(DeliveryAction.Delete, Now));
    }

    [Fact]
    public void A_send_that_lands_after_its_retraction_has_its_deletion_queued_with_it()
    {
        var article = Article("late");
        _store.Articles.Publish(new PublishRequest(article, [Channel]), Now);
        var taken = Outbox.Due(Now, 10).Single();
        Outbox.Retract(article.Id, "retracted", Now);

        Assert.Equal(SentResult.Cancelled, Outbox.MarkSent(taken, 77, Now.AddSeconds(1)));

        var delete = Assert.Single(Queued(DeliveryAction.Delete));
        Assert.Equal((taken.Id, "@chan"), (delete.Of, delete.Chat));
    }

    [Fact]
    public void A_breaking_post_is_pinned_the_previous_pin_of_its_chat_removed_and_a_pin_unpinned_after_six_hours()
    {
        var first = PublishedAndSent("b1", breaking: true);
        var firstPin = Assert.Single(Queued(DeliveryAction.Pin));
        Assert.True(Outbox.Complete(firstPin, Now));

        var second = PublishedAndSent("b2", breaking: true);

        var due = Outbox.Due(Now.AddDays(1), 100);
        Assert.Equal([DeliveryAction.Pin, DeliveryAction.Unpin], due.Select(d => d.Action));
        Assert.Equal(second.Id, due[0].ArticleId);
        Assert.Equal((first.Id, firstPin.Of), (due[1].ArticleId, due[1].Of));
        Assert.True(Outbox.Complete(due[0], Now.AddMinutes(1)));
        Assert.True(Outbox.Complete(due[1], Now.AddMinutes(1)));

        Assert.Equal(0, Outbox.UnpinOlderThan(Now, Now.AddHours(6)));
        Assert.Equal(1, Outbox.UnpinOlderThan(Now.AddMinutes(2), Now.AddHours(6)));
        Assert.Equal(0, Outbox.UnpinOlderThan(Now.AddMinutes(2), Now.AddHours(6)));
        Assert.Equal(second.Id, Assert.Single(Queued(DeliveryAction.Unpin)).ArticleId);
    }

    [Fact]
    public void Urgent_work_is_due_before_channel_posts_readers_and_broadcasts()
    {
        _store.AddMessages([("r", new DeliveryTarget("1", ChatKind.Private, Lane.Reader), "<b>r</b>")], Now.AddMinutes(-3));
        _store.AddMessages([("c", Channel, "<b>c</b>")], Now.AddMinutes(-2));
        _store.AddMessages([("u", Channel with { Lane = Lane.Urgent }, "<b>u</b>")], Now);

        Assert.Equal(["u", "c", "r"], Outbox.Due(Now, 10).Select(d => d.Key));
        Assert.Equal(Now.AddMinutes(-3), Outbox.NextDue());
    }

    [Fact]
    public void Every_collection_exists_once_the_store_is_open_so_no_reader_races_its_creation()
    {
        // LiteDB 5.0.21 closes the engine when a collection is read while another transaction creates it (litedb-org/LiteDB#2792).
        Assert.All(new[] { "feeds", "settings", "chats", "broadcasts", "removals", "deliveries" }, name => Assert.True(_store.Db.CollectionExists(name), name));
        Assert.Equal(0, _store.Db.GetCollection("feeds").Count());
    }

    private static ArticleRecord WithId(ArticleRecord article, long id)
    {
        article.Id = id;
        return article;
    }
}
