using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Storage;
using NewsBot.Telemetry;

namespace NewsBot.Delivery;

/// <summary>Drains the outbox: decides each due delivery, paces it, sends it (or edits, deletes, pins, unpins the message it acts on) and
/// records Telegram's answer. Resumes whatever is pending at start.</summary>
/// <remarks>When the outbox runs short it asks <see cref="Fanout"/> for the next chunk of readers, so a fan-out to 100,000 readers never
/// sits in memory at once. Every state change is conditional on the delivery still being pending, so an editor's retraction wins.</remarks>
public sealed class DeliveryWorker(
    IOutbox outbox,
    IArticles articles,
    IReaders readers,
    Fanout fanout,
    ChannelProbe probe,
    IOptions<TelegramOptions> options,
    TelegramSender sender,
    Pacer pacer,
    ChannelGate gate,
    TimeProvider time,
    ILogger<DeliveryWorker> log) : BackgroundService
{
    /// <summary>Sends in flight at once. A continuous dispatcher with 64 or 256 lanes was tried and measured no faster at 1000/s
    /// (893/s either way) while more requests bunched past the pacer's 2 % margin and earned 429s (1.3 %, 7.9 %), so batches stay.</summary>
    private const int Parallelism = 64;
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(10);

    /// <summary>How long every send waits after Telegram refused the token (401), before it is tried again.</summary>
    public static readonly TimeSpan UnauthorizedWait = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        var pending = outbox.Count(DeliveryState.Pending);
        if (pending > 0) log.LogInformation("Resuming {Count} pending deliveries", pending);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                // Looking two batches ahead lets the next fan-out chunk be queued while this batch is being sent.
                var due = outbox.Due(Now, 2 * BatchSize);
                var step = due.Count < 2 * BatchSize ? Task.Run(fanout.Step, stop) : null;
                if (due.Count > 0) await SendBatchAsync(due.Take(BatchSize).ToList(), stop);
                if (step is not null && await step) continue;
                if (due.Count == 0) await outbox.WaitAsync(UntilNextDue(), stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                log.LogError(e, "Delivery pass failed; retrying shortly");
                await Task.Delay(TimeSpan.FromSeconds(1), time, stop).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>About a second of sends: a channel post never waits long behind a batch of readers' messages.</summary>
    private int BatchSize => Math.Clamp(options.Value.MessagesPerSecond, 32, 1000);

    private TimeSpan UntilNextDue()
    {
        var next = outbox.NextDue();
        if (next is null) return Idle;
        var wait = next.Value - Now;
        return wait <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : wait < Idle ? wait : Idle;
    }

    /// <summary>Chats in parallel, each chat's deliveries in order, so a channel's posts keep the articles' order.</summary>
    private Task SendBatchAsync(IReadOnlyList<DeliveryRecord> due, CancellationToken stop)
    {
        var posts = due.Select(d => d.ArticleId).Where(id => id != 0).Distinct().ToDictionary(id => id, articles.Get);
        return Parallel.ForEachAsync(due.GroupBy(d => d.Chat), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = stop },
            async (chat, ct) =>
            {
                foreach (var delivery in chat)
                    if (!await DeliverAsync(delivery, posts.GetValueOrDefault(delivery.ArticleId), ct)) break;
            });
    }

    /// <summary>Carries out the delivery's decision; false when the rest of this chat's batch should wait.</summary>
    private async Task<bool> DeliverAsync(DeliveryRecord delivery, ArticleRecord? article, CancellationToken stop)
    {
        // An edit, deletion or pin acts on a post's message: it reads that post as it is now (sent a moment ago in this very batch, perhaps).
        var post = delivery.Of is { } of ? outbox.Get(of) : null;
        var decision = DeliveryDecision.Decide(delivery, article, outbox.GetChat(delivery.Chat), gate.RulesFor(delivery), Now, post);
        switch (decision)
        {
            case DeliveryDecision.Drop drop:
                if (outbox.Fail(delivery, drop.Reason)) NewsMetrics.Failed(delivery.Lane.ToString());
                if (!delivery.IsSend) log.LogWarning("{Action} of article {ArticleId} in {ChatId} dropped: {Reason}", delivery.Action, delivery.ArticleId, delivery.Chat, drop.Reason);
                return true;
            case DeliveryDecision.Done done:
                outbox.Complete(delivery, Now, post?.ShownPhoto, post?.ShownPost);
                log.LogDebug("{Action} of article {ArticleId} in {ChatId}: nothing to do, {Reason}", delivery.Action, delivery.ArticleId, delivery.Chat, done.Reason);
                return true;
            case DeliveryDecision.Hold hold:
                outbox.Postpone(delivery, hold.Until);
                return false;
            default:
                await pacer.WaitTurnAsync(delivery.Chat, delivery.Kind, stop);
                // Waiting for the turn can take minutes; an editor may have retracted the post meanwhile.
                if (!outbox.IsPending(delivery.Id)) return true;
                // Once the turn is ours the call is not cancelled: a send cut off mid-flight could post without being recorded.
                var outcome = await ActAsync(delivery, decision);
                return Record(delivery, decision, article, outcome);
        }
    }

    private Task<SendOutcome> ActAsync(DeliveryRecord delivery, DeliveryDecision decision) => decision switch
    {
        DeliveryDecision.Send send => sender.SendAsync(delivery.Chat, send.Post, CancellationToken.None, delivery.Thread),
        DeliveryDecision.Edit edit => sender.EditAsync(delivery.Chat, edit.MessageId, edit.ShownPhoto, edit.Post, CancellationToken.None),
        DeliveryDecision.Delete delete => sender.DeleteAsync(delivery.Chat, delete.MessageId, CancellationToken.None),
        DeliveryDecision.Pin pin => sender.PinAsync(delivery.Chat, pin.MessageId, CancellationToken.None),
        DeliveryDecision.Unpin unpin => sender.UnpinAsync(delivery.Chat, unpin.MessageId, CancellationToken.None),
        _ => throw new InvalidOperationException($"Unknown decision {decision}"),
    };

    private bool Record(DeliveryRecord delivery, DeliveryDecision decision, ArticleRecord? article, SendOutcome outcome)
    {
        switch (outcome)
        {
            case SendOutcome.Sent sent when decision is DeliveryDecision.Send send:
                if (outbox.MarkSent(delivery, sent.MessageId, Now, sent.Photo, send.Post.Fingerprint) == SentResult.Cancelled)
                {
                    // Retracted while the send was in flight: MarkSent queued its deletion (a failed one is offered to the next /delete).
                    log.LogWarning("Article {ArticleId} was retracted while its send to {ChatId} was in flight; message {MessageId} is deleted again",
                        delivery.ArticleId, delivery.Chat, sent.MessageId);
                    return true;
                }
                gate.Sent(delivery, Now);
                if (delivery.IsChannelPost) FollowRevision(delivery, article);
                NewsMetrics.Sent(delivery.Lane.ToString());
                log.Log(delivery.IsChannelPost ? LogLevel.Information : LogLevel.Debug, "Delivered article {ArticleId} to {ChatId} as message {MessageId}", delivery.ArticleId, delivery.Chat, sent.MessageId);
                return true;
            case SendOutcome.Sent sent:
                outbox.Complete(delivery, Now, sent.Photo, decision is DeliveryDecision.Edit edit ? edit.Post.Fingerprint : null);
                log.LogInformation("{Action} of article {ArticleId}: message {MessageId} in {ChatId}", delivery.Action, delivery.ArticleId, sent.MessageId, delivery.Chat);
                return true;
            case SendOutcome.Flooded flooded:
                pacer.Hold(delivery.Chat, flooded.RetryAfter);
                outbox.Retry(delivery, Now + flooded.RetryAfter, "429 Too Many Requests");
                log.LogWarning("Telegram asked to wait {RetryAfter} s before sending to {ChatId} again", flooded.RetryAfter.TotalSeconds, delivery.Chat);
                return false;
            case SendOutcome.Transient transient:
                var backoff = Backoff(delivery.Attempts);
                outbox.Retry(delivery, Now + backoff, transient.Error);
                log.LogWarning("{Action} to {ChatId} failed ({Error}); retry {Attempt} in {Backoff}", delivery.Action, delivery.Chat, transient.Error, delivery.Attempts, backoff);
                return false;
            case SendOutcome.ChatGone gone when delivery.IsChannelPost:
                outbox.Postpone(delivery, probe.Refused(delivery, gone.Error));
                return false;
            case SendOutcome.Unauthorized unauthorized:
                // A revoked token is the operator's to fix; nothing is failed meanwhile, every send waits and tries again.
                pacer.Hold(delivery.Chat, UnauthorizedWait, everyone: true);
                outbox.Postpone(delivery, Now + UnauthorizedWait);
                log.LogError("Telegram refuses the bot token ({Error}); sending is paused and tried again every {Wait}", unauthorized.Error, UnauthorizedWait);
                return false;
            case SendOutcome.ChatGone gone:
                outbox.DisableChat(delivery.Chat, gone.Error, Now);
                NewsMetrics.Failed(delivery.Lane.ToString());
                if (long.TryParse(delivery.Chat, out var readerId)) readers.Stop(readerId, gone.Error, Now);
                log.LogError("Chat {ChatId} refuses the bot ({Error}); sends there are stopped", delivery.Chat, gone.Error);
                return false;
            case SendOutcome.Migrated migrated:
                outbox.MoveChat(delivery.Chat, migrated.NewChatId.ToString(System.Globalization.CultureInfo.InvariantCulture), Now);
                if (long.TryParse(delivery.Chat, out var groupId)) readers.Move(groupId, migrated.NewChatId, Now);
                log.LogWarning("Chat {ChatId} moved to {NewChatId}; its pending deliveries follow", delivery.Chat, migrated.NewChatId);
                return false;
            case SendOutcome.Rejected rejected:
                if (outbox.Fail(delivery, rejected.Error)) NewsMetrics.Failed(delivery.Lane.ToString());
                log.LogError("Telegram rejected {Action} of article {ArticleId} for {ChatId}: {Error}", delivery.Action, delivery.ArticleId, delivery.Chat, rejected.Error);
                return true;
            default:
                throw new InvalidOperationException($"Unknown outcome {outcome}");
        }
    }

    /// <summary>A correction that came while this post was being sent found no message to edit yet: the post went out as it was read, so
    /// its edit is queued now.</summary>
    private void FollowRevision(DeliveryRecord delivery, ArticleRecord? sentFrom)
    {
        if (sentFrom is null || articles.Get(delivery.ArticleId) is not { } now || now.Revision == sentFrom.Revision) return;
        outbox.Add([DeliveryRecord.On(delivery, DeliveryAction.Edit, Now, now.Revision)]);
        log.LogInformation("Article {ArticleId} was corrected while its post to {ChatId} was in flight; an edit follows", delivery.ArticleId, delivery.Chat);
    }

    private static TimeSpan Backoff(int attempts)
    {
        var seconds = Math.Pow(2, Math.Min(attempts, 12));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxBackoff.TotalSeconds));
    }
}
