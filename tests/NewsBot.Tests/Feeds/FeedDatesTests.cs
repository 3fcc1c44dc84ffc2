using NewsBot.Feeds;

namespace NewsBot.Tests.Feeds;

/// <summary>RFC 822 dates with named and numeric zones, ISO 8601, and garbage that must read as null.</summary>
public class FeedDatesTests
{
    [Theory]
    [InlineData("Wed, 02 Oct 2002 13:00:00 GMT", "2002-10-02T13:00:00+00:00")]
    [InlineData("Wed, 02 Oct 2002 15:00:00 +0200", "2002-10-02T15:00:00+02:00")]
    [InlineData("Wed, 02 Oct 2002 08:00:00 EST", "2002-10-02T08:00:00-05:00")]
    [InlineData("Wed, 02 Oct 2002 09:00:00 EDT", "2002-10-02T09:00:00-04:00")]
    [InlineData("Wed, 02 Oct 2002 05:00:00 PST", "2002-10-02T05:00:00-08:00")]
    [InlineData("Wed, 2 Oct 2002 16:00:00 +0300", "2002-10-02T16:00:00+03:00")]
    [InlineData("Wed, 02 Oct 2002 16:00:00 MSK", "2002-10-02T16:00:00+03:00")]
    [InlineData("02 Oct 2002 13:00 UT", "2002-10-02T13:00:00+00:00")]
    [InlineData("Wed, 02 Oct 02 13:00:00 Z", "2002-10-02T13:00:00+00:00")]
    [InlineData("Wednesday, 02 October 2002 13:00:00 GMT", "2002-10-02T13:00:00+00:00")]
    [InlineData("Wed, 02 Oct 2002 13:00:00 -00:30", "2002-10-02T13:00:00-00:30")]
    [InlineData("Wed, 02 Oct 2002 13:00:00", "2002-10-02T13:00:00+00:00")]
    [InlineData("Seg, 24 Set 2018 19:42:40 -0300", "2018-09-24T19:42:40-03:00")]
    [InlineData("Пн, 05 мая 2025 10:00:00 +0300", "2025-05-05T10:00:00+03:00")]
    [InlineData("2003-12-13T18:30:02Z", "2003-12-13T18:30:02+00:00")]
    [InlineData("2003-12-13T18:30:02.25+01:00", "2003-12-13T18:30:02.25+01:00")]
    [InlineData("2015-06-01T23:49:41+02:00", "2015-06-01T23:49:41+02:00")]
    [InlineData("2003-12-13", "2003-12-13T00:00:00+00:00")]
    public void Reads_feed_dates(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Wed, 31 Feb 2002 13:00:00 GMT")]
    [InlineData("Wed, 02 Foo 2002 13:00:00 GMT")]
    [InlineData("Wed, 02 Oct 2002 25:00:00 GMT")]
    [InlineData("2003-13-45T99:99:99Z")]
    public void Unreadable_dates_are_null(string? text)
    {
        Assert.Null(FeedDates.Parse(text));
    }
}
