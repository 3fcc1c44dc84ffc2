using NewsBot.Summaries;
using NewsBot.Bot;
using NewsBot.Delivery;
using NewsBot.Posts;
using NewsBot.Tests.Support;
using NewsBot.Storage;

namespace NewsBot.Tests.Storage;

/// <summary>Readers, sections, /latest and /search from index ranges, and the chunked fan-out.</summary>
public sealed class ReaderStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);
    private readonly string _dir = Directory.CreateTempSubdirectory("newsbot-readers-").FullName;
    private readonly LiteStore _store;

    public ReaderStoreTests() => _store = new LiteStore(Path.Combine(_dir, "news.db"));

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private ArticleRecord Publish(int minute, string title, string? section = "Politics", string? summary = null) =>
        _store.AddPublished(new ArticleRecord
        {
            Key = "k" + title, Url = "https://news.example/" + minute, Title = title, Summary = summary, Section = section,
            State = ArticleState.Published, FoundAt = Now, PublishedAt = Now.AddMinutes(minute), PostHtml = "<b>x</b>",
        }, [], Now)!;

    [Fact]
    public void Latest_is_newest_first_pages_on_after_a_cursor_and_filters_by_section()
    {
        for (var i = 0; i < 12; i++) Publish(i, $"Story {i}", i % 2 == 0 ? "Politics" : "Economy");
        var seen = new ArticleRecord { Key = "seen", Title = "Seen only", State = ArticleState.Seen, FoundAt = Now };
        _store.Articles.MarkSeen([seen]);

        var first = _store.Articles.Latest(null, null, 5);
        Assert.Equal(["Story 11", "Story 10", "Story 9", "Story 8", "Story 7"], first.Select(a => a.Title));
        var next = _store.Articles.Latest(null, ArticleList.CursorAfter(first[^1]), 5);
        Assert.Equal(["Story 6", "Story 5", "Story 4", "Story 3", "Story 2"], next.Select(a => a.Title));
        var politics = _store.Articles.FindSection("politics")!;
        Assert.Equal(["Story 10", "Story 8", "Story 6"], _store.Articles.Latest(politics.Id, null, 3).Select(a => a.Title));
        Assert.Equal(["Economy", "Politics"], _store.Articles.Sections().Select(s => s.Name));
    }

    [Fact]
    public void Articles_with_the_same_time_page_without_losing_or_repeating_one()
    {
        for (var i = 0; i < 30; i++) Publish(0, $"Same time {i}");
        var all = new List<string>();
        string? cursor = null;
        for (var page = 0; page < 10; page++)
        {
            var got = _store.Articles.Latest(null, cursor, 7);
            if (got.Count == 0) break;
            all.AddRange(got.Select(a => a.Title));
            cursor = ArticleList.CursorAfter(got[^1]);
        }
        Assert.Equal(30, all.Distinct().Count());
        Assert.Equal(30, all.Count);
    }

    [Fact]
    public void Search_matches_every_word_in_title_or_summary_across_word_forms_newest_first()
    {
        Publish(1, "Parliament passes the budget", summary: "A long debate ended.");
        Publish(2, "Budgets of cities", summary: "Parliament members disagree.");
        Publish(3, "Weather", summary: "Rain in Kyiv.");
        Publish(4, "Бюджет на 2027 рік", summary: "Парламент ухвалив бюджету зміни.");

        Assert.Equal(["Budgets of cities", "Parliament passes the budget"],
            _store.Articles.Search(ReaderInput.Search("budget parliament")!, null, 10).Select(a => a.Title));
        Assert.Equal(["Бюджет на 2027 рік"], _store.Articles.Search(ReaderInput.Search("бюджетом")!, null, 10).Select(a => a.Title));
        Assert.Empty(_store.Articles.Search(ReaderInput.Search("snowfall")!, null, 10));
    }

    [Fact]
    public void A_fanout_queues_readers_chunk_by_chunk_and_ends()
    {
        for (var id = 1; id <= 5; id++) _store.Readers.Start(id, false, "en", Now);
        _store.Readers.Stop(3, "/stop", Now);
        var article = Publish(1, "News");
        var fanout = _store.Outbox.NextFanout()!;
        Assert.Equal(article.Id, fanout.ArticleId);

        var readers = _store.Readers.After(fanout.AfterReader, 2);
        _store.Outbox.QueueFanout(fanout, Posts(fanout, article, readers), readers[^1].Id, done: false);
        fanout = _store.Outbox.NextFanout()!;
        readers = _store.Readers.After(fanout.AfterReader, 10);
        Assert.Equal([3L, 4, 5], readers.Select(r => r.Id));
        _store.Outbox.QueueFanout(fanout, Posts(fanout, article, readers), readers[^1].Id, done: true);

        Assert.Null(_store.Outbox.NextFanout());
        Assert.Equal(["1", "2", "4", "5"], _store.Outbox.OfArticle(article.Id).Select(d => d.Chat).Order());
    }

    [Fact]
    public void Channel_posts_come_before_readers_messages_and_held_ones_wait()
    {
        _store.AddMessages([("r1", new DeliveryTarget("1", ChatKind.Private, Lane.Reader), "<b>reader</b>")], Now);
        _store.AddMessages([("c1", new DeliveryTarget("@c", ChatKind.Group, Lane.Channel), "<b>channel</b>")], Now.AddSeconds(1));
        _store.AddMessages([("later", new DeliveryTarget("2", ChatKind.Private, Lane.Reader), "<b>later</b>")], Now.AddHours(1));

        Assert.Equal(["@c", "1"], _store.Outbox.Due(Now.AddSeconds(2), 10).Select(d => d.Chat));
        Assert.Equal(Now, _store.Outbox.NextDue());
        _store.Outbox.DisableChat("1", "blocked", Now);
        Assert.Equal(["@c"], _store.Outbox.Due(Now.AddSeconds(2), 10).Select(d => d.Chat));
    }

    [Fact]
    public void A_stopped_reader_is_kept_and_start_resumes_with_its_choices_and_reopens_the_chat()
    {
        _store.Readers.Start(7, false, "uk", Now);
        _store.Readers.Change(7, r => { r.Sections = [1]; r.DigestMinute = 480; }, Now);
        _store.Readers.Stop(7, "blocked", Now);
        _store.Outbox.DisableChat("7", "blocked", Now);
        Assert.False(_store.Readers.Get(7)!.Active);

        var back = _store.Readers.Start(7, false, "uk", Now);
        Assert.True(back.Active);
        Assert.Equal([1], back.Sections);
        Assert.Equal(480, back.DigestMinute);
        Assert.Null(_store.Outbox.GetChat("7"));
        Assert.Equal([7L], _store.Readers.After(long.MinValue, 10, digestMinute: 480).Select(r => r.Id));
        Assert.True(_store.Readers.AnyDigestAt(480));
    }

    [Fact]
    public void A_migrated_groups_reader_record_moves_to_the_new_id_with_its_choices()
    {
        _store.Readers.Start(-4001, true, "uk", Now);
        _store.Readers.Change(-4001, r => { r.Sections = [3]; r.DigestMinute = 480; }, Now);

        Assert.True(_store.Readers.Move(-4001, -1004001, Now));

        Assert.Null(_store.Readers.Get(-4001));
        var moved = _store.Readers.Get(-1004001)!;
        Assert.Equal([3], moved.Sections);
        Assert.Equal((480, true, true), (moved.DigestMinute, moved.Active, moved.IsGroup));
        Assert.False(_store.Readers.Move(-4001, -1004001, Now));
    }

    private static IEnumerable<DeliveryRecord> Posts(FanoutRecord fanout, ArticleRecord article, IEnumerable<ReaderRecord> readers) =>
        readers.Where(r => Audience.Reaches(fanout, r, article)).Select(r => DeliveryRecord.Post(article.Id, Audience.Reader(r, Lane.Reader), Now));
}
