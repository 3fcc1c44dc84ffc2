using NewsBot.Ingest;
using NewsBot.Network;
using NewsBot.Storage;

namespace NewsBot.Tests.Ingest;

/// <summary>An article whose item left its feed is gone when its page answers 410, or 404 twice ten minutes apart; otherwise it stays.</summary>
public sealed class PageGoneTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_410_is_gone_at_once()
    {
        var (check, gone) = PageGone.Next(null, 410, Now);

        Assert.True(gone);
        Assert.Equal(new RemovalCheck(null, null, true, PageGone.Gone410), check);
    }

    [Fact]
    public void A_404_is_asked_again_ten_minutes_later_and_a_second_404_then_is_gone()
    {
        var (first, gone) = PageGone.Next(null, 404, Now);
        Assert.False(gone);
        Assert.Equal(new RemovalCheck(Now, Now.AddMinutes(10), false), first);

        var (early, goneEarly) = PageGone.Next(first, 404, Now.AddMinutes(9));
        Assert.False(goneEarly);
        Assert.Equal(Now.AddMinutes(10), early.NextCheckAt);

        var (second, goneLater) = PageGone.Next(first, 404, Now.AddMinutes(10));
        Assert.True(goneLater);
        Assert.Equal(new RemovalCheck(Now, null, true, PageGone.Gone404), second);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(500)]
    [InlineData(403)]
    public void Any_other_answer_keeps_the_article_and_ends_the_check(int status)
    {
        var (check, gone) = PageGone.Next(new RemovalCheck(Now.AddMinutes(-10), Now, false), status, Now);

        Assert.False(gone);
        Assert.True(check.Done);
        Assert.Equal($"HTTP {status}", check.Outcome);
    }

    [Fact]
    public void No_answer_is_asked_again_and_keeps_a_first_404()
    {
        var (check, gone) = PageGone.Next(new RemovalCheck(Now.AddMinutes(-3), Now, false), null, Now);

        Assert.False(gone);
        Assert.Equal(new RemovalCheck(Now.AddMinutes(-3), Now.AddMinutes(10), false), check);
    }

    [Theory]
    [InlineData("HTTP 410 Gone", 410)]
    [InlineData("HTTP 404 Not Found", 404)]
    [InlineData("timed out after 20 s", null)]
    [InlineData("refused to fetch from 10.0.0.1: loopback or private address", null)]
    public void The_status_is_read_from_a_failed_fetch(string message, int? status) =>
        Assert.Equal(status, PageGone.StatusOf(new FetchException(message)));
}
