using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Delivery;
using NewsBot.Posts;
using NewsBot.Storage;

namespace NewsBot.Editorial;

/// <summary>
/// Brings the editors what other parts of the service stored for them: drafts (an Approval feed's new article, a /preview) are
/// shown with their buttons, and notices (a late or duplicate scheduled post) are worded in each editor's language and queued
/// through the outbox. Both are stored first, so nothing is lost to a crash; a draft or notice stored before one is offered at the next start.
/// </summary>
public sealed class EditorCourier(INewsroom newsroom, IOutbox outbox, DraftDesk drafts, EditorDesk desk, ILogger<EditorCourier> log) : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                foreach (var draft in newsroom.UnofferedDrafts()) await drafts.OfferAsync(draft, stop);
                foreach (var notice in newsroom.UnqueuedNotices()) Queue(notice);
                await newsroom.WaitAsync(Idle, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                log.LogError(e, "Offering drafts and notices to the editors failed; retrying shortly");
                await Task.Delay(TimeSpan.FromSeconds(1), stop).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>One outbox message per editor under "notice-key:editor", so a repeat after a crash queues nothing twice.</summary>
    private void Queue(NoticeRecord notice)
    {
        outbox.Add(desk.Editors.Select(editor => DeliveryRecord.Message($"{notice.Key}:{editor}",
            new DeliveryTarget(editor.ToString(CultureInfo.InvariantCulture), ChatKind.Private, Lane.Reader), Word(notice, desk.TextsFor(editor)), desk.Now)));
        newsroom.MarkNoticeQueued(notice.Id);
    }

    /// <summary>The notice as Telegram HTML in one editor's language, times in Publishing:TimeZone.</summary>
    public string Word(NoticeRecord notice, EditorReplies.Texts t) => notice.Kind switch
    {
        NoticeKind.LateSchedule => string.Format(t.Late, notice.Args[0], desk.Show(DateTime.Parse(notice.Args[1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)), TelegramHtml.Escape(notice.Args[2])),
        NoticeKind.DuplicateSchedule => string.Format(t.FiredDuplicate, notice.Args[0]),
        NoticeKind.ChannelRefused => string.Format(t.ChannelRefused, TelegramHtml.Escape(notice.Args[0]), TelegramHtml.Escape(notice.Args[1])),
        NoticeKind.ChannelBack => string.Format(t.ChannelBack, TelegramHtml.Escape(notice.Args[0]), notice.Args[1]),
        _ => TelegramHtml.Escape(string.Join(' ', notice.Args)),
    };
}
