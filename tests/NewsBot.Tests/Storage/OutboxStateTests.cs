using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Storage;

/// <summary>A delivery changes only while it is pending: an editor's retraction wins over the worker's copy of what it took.</summary>
public sealed class OutboxStateTests : IDisposable
{
    private const string Retracted = "retracted by an editor";
    private static readonly DateTime Now = new(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);
    private readonly string _dir = Directory.CreateTempSubdirectory("newsbot-outbox-").FullName;
    private readonly LiteStore _store;

    public OutboxStateTests() => _store = new LiteStore(Path.Combine(_dir, "news.db"));

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private IOutbox Outbox => _store.Outbox;

    /// <summary>Publishes an article to one channel and takes its delivery as the worker does (Due); returns the worker's copy.</summary>
    private DeliveryRecord Taken()
    {
        var article = _store.AddPublished(new ArticleRecord
        {
            Key = "k", Url = "https://news.example/k", Title = "k", FoundAt = Now, PostHtml = "<b>k</b>", PostButtonText = "Read more",
        }, [new DeliveryTarget("@chan", ChatKind.Group, Lane.Channel)], Now)!;
        return Assert.Single(Outbox.Due(Now, 10), d => d.ArticleId == article.Id);
    }

    [Fact]
    public void A_send_recorded_after_a_retraction_is_Cancelled_and_the_delivery_stays_cancelled()
    {
        var taken = Taken();
        var (cancelled, sent) = Outbox.Retract(taken.ArticleId, Retracted);
        Assert.Equal(1, cancelled);
        Assert.Empty(sent);

        Assert.Equal(SentResult.Cancelled, Outbox.MarkSent(taken, 77, Now.AddSeconds(1)));

        var stored = Outbox.Get(taken.Id)!;
        Assert.Equal(DeliveryState.Cancelled, stored.State);
        Assert.Equal(77, stored.MessageId);
        Assert.Equal(DeliveryState.Cancelled, taken.State);
        Assert.Equal(0, Outbox.Count(DeliveryState.Sent));
        Assert.Null(Outbox.LastChannelPostAt("@chan"));
    }

    [Fact]
    public void Retry_postpone_and_fail_after_a_retraction_change_nothing()
    {
        var taken = Taken();
        Outbox.Retract(taken.ArticleId, Retracted);

        Assert.False(Outbox.Retry(taken, Now.AddSeconds(5), "429 Too Many Requests"));
        Assert.False(Outbox.Postpone(taken, Now.AddHours(1)));
        Assert.False(Outbox.Fail(taken, "400 Bad Request"));

        var stored = Outbox.Get(taken.Id)!;
        Assert.Equal((DeliveryState.Cancelled, 0, Retracted, Now), (stored.State, stored.Attempts, stored.Error, stored.DueAt));
        Assert.False(Outbox.IsPending(taken.Id));
        Assert.Empty(Outbox.Due(Now.AddDays(1), 10));
        Assert.Null(Outbox.NextDue());
    }

    [Fact]
    public void A_429_retry_retracted_before_its_time_never_falls_due()
    {
        var taken = Taken();
        Assert.True(Outbox.Retry(taken, Now.AddSeconds(5), "429 Too Many Requests"));
        Assert.Equal(Now.AddSeconds(5), Outbox.NextDue());

        Assert.Equal(1, Outbox.Retract(taken.ArticleId, Retracted).Cancelled);

        Assert.Empty(Outbox.Due(Now.AddMinutes(1), 10));
        Assert.Null(Outbox.NextDue());
        Assert.Equal(SentResult.Cancelled, Outbox.MarkSent(taken, 78, Now.AddSeconds(6)));
        Assert.Equal(DeliveryState.Cancelled, Outbox.Get(taken.Id)!.State);
    }

    [Fact]
    public void Without_a_retraction_the_workers_steps_apply()
    {
        var taken = Taken();
        Assert.True(Outbox.Postpone(taken, Now.AddMinutes(10)));
        Assert.True(Outbox.Retry(taken, Now.AddMinutes(11), "503"));
        Assert.Equal((Now.AddMinutes(11), 1), (taken.DueAt, taken.Attempts));

        Assert.Equal(SentResult.Recorded, Outbox.MarkSent(taken, 79, Now.AddMinutes(11)));

        Assert.Equal(DeliveryState.Sent, Outbox.Get(taken.Id)!.State);
        Assert.False(Outbox.Retry(taken, Now.AddMinutes(12), "late"));
        var (cancelled, sent) = Outbox.Retract(taken.ArticleId, Retracted);
        Assert.Equal(0, cancelled);
        Assert.Equal(79, Assert.Single(sent).MessageId);
    }

    /// <summary>The worker's deleteMessage after an in-flight send (DeliveryWorker.cs:112) can fail; the post is then live in the channel
    /// but its delivery is Cancelled like one never sent, so a second /delete answers "has no channel post to delete".</summary>
    [Fact]
    public void A_retracted_post_whose_send_landed_and_was_not_deleted_is_offered_for_deletion_again()
    {
        var taken = Taken();
        Outbox.Retract(taken.ArticleId, Retracted);
        Assert.Equal(SentResult.Cancelled, Outbox.MarkSent(taken, 80, Now.AddSeconds(1)));

        var (_, sent) = Outbox.Retract(taken.ArticleId, Retracted);

        Assert.Equal(80, Assert.Single(sent).MessageId);
    }
}
