using System.Text;
using NewsBot.Bot;

namespace NewsBot.Tests.Bot;

public class ReaderInputTests
{
    [Theory]
    [InlineData("", 5, null)]
    [InlineData("3", 3, null)]
    [InlineData("20 World News", 20, "World News")]
    [InlineData("Politics", 5, "Politics")]
    [InlineData("banana", 5, "banana")]
    public void Latest_takes_an_optional_count_and_section(string args, int count, string? section) =>
        Assert.Equal((count, section), ReaderInput.Latest(args));

    [Theory]
    [InlineData("0")]
    [InlineData("21")]
    [InlineData("9999")]
    [InlineData("-5")]
    [InlineData("99999999999999")]
    public void Latest_counts_outside_1_to_20_get_the_usage_hint(string args) => Assert.Null(ReaderInput.Latest(args));

    [Fact]
    public void A_very_long_latest_argument_gets_the_usage_hint() => Assert.Null(ReaderInput.Latest(new string('x', 5000)));

    [Theory]
    [InlineData("08:00", 480)]
    [InlineData("8:05", 485)]
    [InlineData("23:59", 1439)]
    [InlineData("off", -1)]
    [InlineData("OFF", -1)]
    public void Digest_takes_a_clock_time_or_off(string args, int minute) => Assert.Equal(minute, ReaderInput.Digest(args));

    [Theory]
    [InlineData("25:99")]
    [InlineData("24:00")]
    [InlineData("12:60")]
    [InlineData("noon")]
    [InlineData("")]
    [InlineData("8")]
    [InlineData("٩:30")]
    [InlineData("０８:００")]
    public void Digest_rejects_impossible_times(string args) => Assert.Null(ReaderInput.Digest(args));

    [Theory]
    [InlineData("uk", "uk")]
    [InlineData(" EN ", "en")]
    [InlineData("fr", null)]
    [InlineData("", null)]
    public void Lang_knows_uk_and_en(string args, string? expected) => Assert.Equal(expected, ReaderInput.Language(args));

    [Fact]
    public void Search_keeps_the_three_longest_stems_and_drops_short_words()
    {
        Assert.Equal(["parlia", "budget", "vote"], ReaderInput.Search("a parliament of budgets vote on it"));
        Assert.Null(ReaderInput.Search("a of it"));
        Assert.Null(ReaderInput.Search("   "));
    }

    [Fact]
    public void More_buttons_fit_telegrams_64_bytes_even_for_long_ukrainian_searches()
    {
        var stems = ReaderInput.Search("парламентський бюджетний законопроєкт")!;
        var data = ReaderInput.SearchMore("00000fffffabcdef", stems);
        Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, 64);
        var more = ReaderInput.More(data)!;
        Assert.Equal("00000fffffabcdef", more.After);
        Assert.NotEmpty(more.Stems!);
        Assert.Equal(new MoreRequest(7, null, "0123456789abcdef"), ReaderInput.More(ReaderInput.LatestMore(7, "0123456789abcdef")));
    }

    [Theory]
    [InlineData("news:l:0:zzz")]
    [InlineData("news:l:x:0123456789abcdef")]
    [InlineData("news:s:0123456789abcdef:")]
    [InlineData("news:s:0123456789abcdef:a b")]
    [InlineData("news:s:0123456789abcdef:budgetssss")]
    [InlineData("news:q:1:2")]
    [InlineData("news:")]
    [InlineData("news:l:0:0123456789abcdef:extra")]
    public void Forged_more_buttons_are_refused(string data) => Assert.Null(ReaderInput.More(data));

    [Theory]
    [InlineData("sub:t:3", 3)]
    [InlineData("sub:t:-3", null)]
    [InlineData("sub:t:", null)]
    [InlineData("sub:x:3", null)]
    public void Section_toggles_carry_a_section_id(string data, int? id) => Assert.Equal(id, ReaderInput.ToggledSection(data));
}
