using System.Text.Json;
using NewsBot.Tests.Support;

namespace NewsBot.Tests;

public sealed class SummarizeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsbot-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Code, string[] Lines, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await SummarizeCommand.RunAsync(args, output, error);
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }

    [Fact]
    public async Task Json_output_has_every_field_for_a_page_and_an_error_object_for_a_missing_file()
    {
        var page = Path.Combine(_dir, "story.html");
        await File.WriteAllTextAsync(page, SampleNews.Page(SampleNews.Article("cli", image: "https://cdn.example/a.jpg")));

        var (code, lines, _) = await Run("--json", "--sentences", "2", page, Path.Combine(_dir, "missing.html"));

        Assert.Equal(1, code);
        Assert.Equal(2, lines.Length);
        var ok = JsonDocument.Parse(lines[0]).RootElement;
        foreach (var field in new[] { "input", "url", "title", "summary", "text", "image", "language", "section" })
            Assert.True(ok.TryGetProperty(field, out _), field);
        Assert.Equal("Parliament passes the cli budget", ok.GetProperty("title").GetString());
        Assert.Equal("https://cdn.example/a.jpg", ok.GetProperty("image").GetString());
        Assert.Equal("en", ok.GetProperty("language").GetString());
        Assert.StartsWith("Parliament passed the cli budget on Friday", ok.GetProperty("summary").GetString());
        Assert.Contains("\n\n", ok.GetProperty("text").GetString());
        var failed = JsonDocument.Parse(lines[1]).RootElement;
        Assert.EndsWith("missing.html", failed.GetProperty("input").GetString());
        Assert.False(string.IsNullOrEmpty(failed.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task A_plain_text_article_is_summarized_in_its_own_language()
    {
        var text = Path.Combine(_dir, "article.txt");
        await File.WriteAllTextAsync(text,
            "Верховна Рада ухвалила бюджет на наступний рік. Депутати підтримали документ після довгих дебатів.\n\n" +
            "Міністр фінансів пояснив, що дефіцит зменшиться. Опозиція критикує прогнози зростання.");

        var (code, lines, _) = await Run("--json", "--sentences", "1", text);

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(Assert.Single(lines)).RootElement;
        Assert.Equal("uk", json.GetProperty("language").GetString());
        Assert.Equal("Верховна Рада ухвалила бюджет на наступний рік.", json.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Without_json_it_prints_the_post_as_it_would_be_sent()
    {
        var page = Path.Combine(_dir, "story.html");
        await File.WriteAllTextAsync(page, SampleNews.Page(SampleNews.Article("plain")));

        var (code, lines, _) = await Run("--url", "https://news.example/plain", page);

        Assert.Equal(0, code);
        Assert.StartsWith("<b>Parliament passes the plain budget</b>", lines[0]);
        Assert.Contains("[Read more → https://news.example/plain]", lines);
    }

    [Theory]
    [InlineData("--sentences", "zero", "x.html")]
    [InlineData("--bogus", "x.html")]
    [InlineData("--json")]
    [InlineData("--url", "https://a.example/1", "a.html", "b.html")]
    public async Task Wrong_arguments_print_usage_and_exit_2(params string[] args)
    {
        var (code, _, error) = await Run(args);
        Assert.Equal(2, code);
        Assert.Contains("usage: newsbot summarize", error);
    }
}
