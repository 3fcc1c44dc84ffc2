using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NewsBot.Commands;
using NewsBot.Posts;
using NewsBot.Storage;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Bot;

/// <summary>/latest and /search, answered from LiteDB's index ranges newest first, with a "More" button that pages on.</summary>
public sealed class NewsCommands(
    IArticles articles, Replier replier, InterfaceLanguage languages, PublishingClock clock, ILogger<NewsCommands> log) : IBotFeature
{
    public const int SearchPage = 10;

    public IReadOnlyCollection<string> Commands { get; } = ["latest", "search"];

    public string? CallbackPrefix => "news:";

    public IEnumerable<BotCommand> Menu(string language)
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
        return replier.SendAsync(command.ChatId, html, buttons, ct);
    }

    public async Task OnCallbackAsync(CallbackQuery query, CancellationToken ct)
    {
        var language = languages.For(query.From.Id, query.From.LanguageCode);
        var t = Replies.For(language);
        if (query.Message is not { } message || ReaderInput.More(query.Data ?? "") is not { } more
            || (more.SectionId is { } id && articles.GetSection(id) is null))
        {
            await replier.AnswerButtonAsync(query, CommandTexts.For(language).ExpiredButton, ct);
            return;
        }
        var (found, next, header) = more.Stems is { } stems
            ? Page(articles.Search(stems, more.After, SearchPage), SearchPage, t.More, a => ReaderInput.SearchMore(a, stems), Replies.Fill(t.SearchHeader, string.Join(' ', stems)))
            : Page(articles.Latest(more.SectionId, more.After, ReaderInput.MaxLatest), ReaderInput.MaxLatest, t.More, a => ReaderInput.LatestMore(more.SectionId, a), LatestHeader(t, more.SectionId));
        await replier.AnswerButtonAsync(query, found.Count == 0 ? t.NoMore : null, ct);
        await replier.EditButtonsAsync(message, null, ct);
        if (found.Count > 0) await replier.SendAsync(message.Chat.Id, List(header, found), next, ct);
    }

    private (string Html, InlineKeyboardMarkup? Buttons) Latest(string args, Replies.Texts t)
    {
        if (ReaderInput.Latest(args) is not var (count, name)) return (Replies.Fill(t.LatestUsage), null);
        SectionRecord? section = null;
        if (name is not null && (section = articles.FindSection(name)) is null)
            return (Replies.Fill(t.UnknownSection, name) + "\n" + Replies.Fill(t.LatestUsage), null);
        var (found, more, header) = Page(articles.Latest(section?.Id, null, count), count, t.More,
            a => ReaderInput.LatestMore(section?.Id, a), LatestHeader(t, section?.Id));
        return found.Count == 0 ? (Replies.Fill(t.NothingYet), null) : (List(header, found), more);
    }

    private (string Html, InlineKeyboardMarkup? Buttons) Search(string args, Replies.Texts t)
    {
        if (ReaderInput.Search(args) is not { } stems) return (Replies.Fill(t.SearchUsage), null);
        var words = args.Length > 60 ? args[..60] + "…" : args;
        var (found, more, header) = Page(articles.Search(stems, null, SearchPage), SearchPage, t.More,
            a => ReaderInput.SearchMore(a, stems), Replies.Fill(t.SearchHeader, words));
        return found.Count == 0 ? (Replies.Fill(t.NothingFound, words), null) : (List(header, found), more);
    }

    /// <summary>A full page gets a "More" button whose data carries the cursor after its last article.</summary>
    private static (IReadOnlyList<ArticleRecord> Articles, InlineKeyboardMarkup? More, string Header) Page(
        IReadOnlyList<ArticleRecord> page, int pageSize, string label, Func<string, string> data, string header)
    {
        var more = page.Count < pageSize ? null
            : new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData(label, data(ArticleList.CursorAfter(page[^1]))));
        return (page, more, header);
    }

    private string LatestHeader(Replies.Texts t, int? sectionId) =>
        sectionId is { } id && articles.GetSection(id) is { } s ? Replies.Fill(t.LatestInHeader, s.Name) : Replies.Fill(t.LatestHeader);

    private string List(string headerHtml, IReadOnlyList<ArticleRecord> page) => ArticleList.Format(headerHtml, page, clock.Zone);
}
