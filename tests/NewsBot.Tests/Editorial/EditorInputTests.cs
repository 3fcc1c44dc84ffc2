using NewsBot.Editorial;

namespace NewsBot.Tests.Editorial;

public sealed class EditorInputTests
{
    [Theory]
    [InlineData("https://news.example/a", "https://news.example/a")]
    [InlineData("<https://news.example/a>", "https://news.example/a")]
    [InlineData("  http://news.example/a ", "http://news.example/a")]
    [InlineData("ftp://news.example/a", null)]
    [InlineData("news.example/a", null)]
    [InlineData("", null)]
    public void Urls_are_absolute_http_or_https(string text, string? expected) =>
        Assert.Equal(expected, EditorInput.Url(text)?.ToString());

    [Theory]
    [InlineData("12", 12L)]
    [InlineData("#12", 12L)]
    [InlineData(" #7 ", 7L)]
    [InlineData("0", null)]
    [InlineData("-3", null)]
    [InlineData("x1", null)]
    [InlineData("١٢", null)]
    [InlineData("99999999999999999999", null)]
    public void Ids_are_positive_numbers_with_an_optional_hash(string text, long? expected) => Assert.Equal(expected, EditorInput.Id(text));

    [Theory]
    [InlineData("https://a.example/x", "https://a.example/x")]
    [InlineData("", null)]
    [InlineData("https://a.example/x extra", null)]
    public void Post_preview_and_delete_take_exactly_one_word(string args, string? expected) => Assert.Equal(expected, EditorInput.OneWord(args));

    [Fact]
    public void Schedule_splits_the_time_from_the_url()
    {
        Assert.Equal(("tomorrow 09:00", "https://a.example/x"), EditorInput.Schedule("tomorrow  09:00 https://a.example/x"));
        Assert.Equal(("+30m", "https://a.example/x"), EditorInput.Schedule("+30m https://a.example/x"));
        Assert.Null(EditorInput.Schedule("https://a.example/x"));
        Assert.Null(EditorInput.Schedule(""));
    }

    [Fact]
    public void Reschedule_splits_the_id_from_the_time()
    {
        Assert.Equal(("#4", "2026-12-24 18:00"), EditorInput.Reschedule("#4 2026-12-24 18:00"));
        Assert.Null(EditorInput.Reschedule("4"));
    }

    [Fact]
    public void Addsource_takes_a_url_and_an_optional_name()
    {
        Assert.Equal(("https://a.example/rss", "World News"), EditorInput.AddSource("https://a.example/rss World  News"));
        Assert.Equal(("https://a.example/rss", (string?)null), EditorInput.AddSource("https://a.example/rss"));
        Assert.Null(EditorInput.AddSource("  "));
    }
}
