using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Storage;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Bot;

/// <summary>/latest and /search, answered from LiteDB's index ranges newest first, with a "More" button that pages on.</summary>
public sealed class NewsCommands(
    NewsStore store, Responder responder, InterfaceLanguage languages, IOptions<PublishingOptions> publishing, ILogger<NewsCommands> log) : IBotFeature
{
    public const int SearchPage = 10;
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(publishing.Value.TimeZone);

    public IReadOnlyCollection<string> Commands { get; } = ["latest", "search"];

    public string? CallbackPrefix => "news:";

    public IEnumerable<BotCommand> Menu(string language, bool forEditor)
    {
        var t = Replies.For(language);
        return [new BotCommand { Command = "latest", Description = t.LatestMenu }, new BotCommand { Command = "search", Description = t.SearchMenu }];
    }

    public Task OnCommandAsync(Command command, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var t = Replies.For(languages.For(command.ChatId, command.LanguageCode));
        var (html, buttons) = command.Name == "latest" ? Latest(command.Args, t) : Search(command.Args, t);
        log.LogDebug("/{Command} answered in {Elapsed} ms", command.Name, clock.Elapsed.TotalMilliseconds);
        return responder.SendAsync(command.ChatId, html, buttons, ct);
    }

    public async Task OnCallbackAsync(CallbackQuery query, CancellationToken ct)
    {
        var t = Replies.For(languages.For(query.From.Id, query.From.LanguageCode));
        if (query.Message is not { } message || ReaderInput.More(query.Data ?? "") is not { } more
            || (more.SectionId is { } id && store.GetSection(id) is null))
        {
            await responder.AnswerButtonAsync(query, t.ExpiredButton, ct);
            return;
        }
        var (articles, next, header) = more.Stems is { } stems
            ? Page(store.Search(stems, more.After, SearchPage), SearchPage, t.More, a => ReaderInput.SearchMore(a, stems), Replies.Fill(t.SearchHeader, string.Join(' ', stems)))
            : Page(store.Latest(more.SectionId, more.After, ReaderInput.MaxLatest), ReaderInput.MaxLatest, t.More, a => ReaderInput.LatestMore(more.SectionId, a), LatestHeader(t, more.SectionId));
        await responder.AnswerButtonAsync(query, articles.Count == 0 ? t.NoMore : null, ct);
        await responder.EditButtonsAsync(message, null, ct);
        if (articles.Count > 0) await responder.SendAsync(message.Chat.Id, List(header, articles), next, ct);
    }

    private (string Html, InlineKeyboardMarkup? Buttons) Latest(string args, Replies.Texts t)
    {
        if (ReaderInput.Latest(args) is not var (count, name)) return (Replies.Fill(t.LatestUsage), null);
        SectionRecord? section = null;
        if (name is not null && (section = store.FindSection(name)) is null)
            return (Replies.Fill(t.UnknownSection, name) + "\n" + Replies.Fill(t.LatestUsage), null);
        var (articles, more, header) = Page(store.Latest(section?.Id, null, count), count, t.More,
            a => ReaderInput.LatestMore(section?.Id, a), LatestHeader(t, section?.Id));
        return articles.Count == 0 ? (Replies.Fill(t.NothingYet), null) : (List(header, articles), more);
    }

    private (string Html, InlineKeyboardMarkup? Buttons) Search(string args, Replies.Texts t)
    {
        if (ReaderInput.Search(args) is not { } stems) return (Replies.Fill(t.SearchUsage), null);
        var words = args.Length > 60 ? args[..60] + "…" : args;
        var (articles, more, header) = Page(store.Search(stems, null, SearchPage), SearchPage, t.More,
            a => ReaderInput.SearchMore(a, stems), Replies.Fill(t.SearchHeader, words));
        return articles.Count == 0 ? (Replies.Fill(t.NothingFound, words), null) : (List(header, articles), more);
    }

    /// <summary>A full page gets a "More" button whose data carries the cursor after its last article.</summary>
    private static (IReadOnlyList<ArticleRecord> Articles, InlineKeyboardMarkup? More, string Header) Page(
        IReadOnlyList<ArticleRecord> articles, int pageSize, string label, Func<string, string> data, string header)
    {
        var more = articles.Count < pageSize ? null
            : new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData(label, data(ArticleList.CursorAfter(articles[^1]))));
        return (articles, more, header);
    }

    private string LatestHeader(Replies.Texts t, int? sectionId) =>
        sectionId is { } id && store.GetSection(id) is { } s ? Replies.Fill(t.LatestInHeader, s.Name) : Replies.Fill(t.LatestHeader);

    private string List(string headerHtml, IReadOnlyList<ArticleRecord> articles) => ArticleList.Format(headerHtml, articles, _zone);
}
