namespace NewsBot.Tests.Posts;

public class PostHtmlCheckTests
{
    [Theory]
    [InlineData("<b>Title</b>\n\nBody &amp; more &lt;x&gt; &quot;q&quot;")]
    [InlineData("plain")]
    [InlineData("😀 \t ok")]
    public void Accepts_well_formed_post_html(string html) => Assert.Empty(PostHtmlCheck.Problems(html));

    [Theory]
    [InlineData("<b>open")]
    [InlineData("</b>")]
    [InlineData("<b><b>x</b></b>")]
    [InlineData("<script>")]
    [InlineData("a & b")]
    [InlineData("&nbsp;")]
    [InlineData("a > b")]
    [InlineData("a\u0001b")]
    public void Rejects_broken_post_html(string html) => Assert.NotEmpty(PostHtmlCheck.Problems(html));
}

public class PostHtmlCheckSurrogateTests
{
    [Fact]
    public void Rejects_unpaired_surrogates() => Assert.NotEmpty(PostHtmlCheck.Problems("a\uD800b"));
}
