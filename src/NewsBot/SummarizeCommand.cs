using System.Text.Encodings.Web;
using System.Text.Json;
using NewsBot.Articles;
using NewsBot.Network;
using NewsBot.Posts;
using NewsBot.Summaries;

namespace NewsBot;

/// <summary>The `summarize` verb (SPEC §5): extract and summarize files or URLs through the service's own stages, without Telegram.</summary>
public static class SummarizeCommand
{
    private const string Usage = "usage: newsbot summarize [--json] [--sentences N] [--url URL] <file-or-url>...";
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (Parse(args, out var options) is { } problem)
        {
            await error.WriteLineAsync($"summarize: {problem}\n{Usage}");
            return 2;
        }
        using var http = new HttpClient(WebFetcher.CreateHandler(allowPrivateAddresses: true));
        WebFetcher.ConfigureClient(http);
        var fetcher = new WebFetcher(http);
        var failures = 0;
        foreach (var input in options.Inputs)
        {
            try
            {
                var story = await SummarizeAsync(input, options, fetcher);
                await output.WriteLineAsync(options.Json ? ToJson(input, story) : ToText(story));
            }
            catch (Exception e) when (e is FetchException or IOException or UnauthorizedAccessException or NotSupportedException)
            {
                failures++;
                await output.WriteLineAsync(options.Json
                    ? JsonSerializer.Serialize(new { input, error = e.Message }, Json)
                    : $"{input}: error: {e.Message}\n");
            }
        }
        return failures == 0 ? 0 : 1;
    }

    /// <summary>The same stages as the service: decode, extract, summarize (StoryBuilder).</summary>
    public static async Task<Story> SummarizeAsync(string input, SummarizeOptions options, WebFetcher fetcher)
    {
        if (Uri.TryCreate(input, UriKind.Absolute, out var web) && web.Scheme is "http" or "https")
        {
            var response = await fetcher.GetAsync(web, null, CancellationToken.None);
            var page = PageReader.Extract(response.Body, response.Charset, response.FinalUrl);
            return StoryBuilder.Build(response.FinalUrl.ToString(), page, null, null, options.Sentences);
        }
        var bytes = await File.ReadAllBytesAsync(input);
        var url = options.Url ?? new Uri(Path.GetFullPath(input)).ToString();
        if (input.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            return StoryBuilder.Build(url, PlainText(bytes), null, null, options.Sentences);
        var extracted = PageReader.Extract(bytes, null, Uri.TryCreate(url, UriKind.Absolute, out var u) ? u : null);
        return StoryBuilder.Build(url, extracted, null, null, options.Sentences);
    }

    private static ExtractedPage PlainText(byte[] bytes)
    {
        var text = Charset.Decode(bytes, Charset.ForHtml(bytes, null)).Replace("\r\n", "\n");
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ExtractedPage(null, paragraphs, null, null, null, null);
    }

    private static string ToJson(string input, Story s) => JsonSerializer.Serialize(new
    {
        input, url = s.Url, title = s.Title, summary = string.Join(' ', s.Summary), text = s.Text, image = s.Image,
        language = s.Language, section = s.Section,
    }, Json);

    private static string ToText(Story s)
    {
        var post = PostComposer.Compose(s.Title, s.Summary, s.Url, s.Image, s.Language);
        var photo = post.PhotoUrl is null ? "" : $"[photo {post.PhotoUrl}]\n";
        return $"{photo}{post.Html}\n[{post.ButtonText} → {post.ButtonUrl}]\n";
    }

    /// <summary>The parsed arguments of the verb.</summary>
    public sealed record SummarizeOptions(bool Json, int? Sentences, string? Url, IReadOnlyList<string> Inputs);

    private static string? Parse(string[] args, out SummarizeOptions options)
    {
        var json = false;
        int? sentences = null;
        string? url = null;
        var inputs = new List<string>();
        options = new SummarizeOptions(false, null, null, inputs);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json": json = true; break;
                case "--sentences" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n is > 0 and <= 50:
                    sentences = n; i++; break;
                case "--sentences": return "--sentences takes a whole number from 1 to 50";
                case "--url" when i + 1 < args.Length && Uri.TryCreate(args[i + 1], UriKind.Absolute, out _):
                    url = args[++i]; break;
                case "--url": return "--url takes an absolute URL";
                case var flag when flag.StartsWith("--", StringComparison.Ordinal): return $"unknown option {flag}";
                default: inputs.Add(args[i]); break;
            }
        }
        if (inputs.Count == 0) return "no input given";
        if (url is not null && inputs.Count > 1) return "--url goes with a single input";
        options = new SummarizeOptions(json, sentences, url, inputs);
        return null;
    }
}
