using NewsBot.Tests.Support;

namespace NewsBot.Tests.Service;

/// <summary>The fakes and helpers whole-service editor tests share: two editors, a reader, a primed feed, conversations.</summary>
public abstract class EditorDeskHarness : IAsyncLifetime
{
    public const long Editor1 = 7001;
    public const long Editor2 = 7002;
    public const long Stranger = 9001;

    protected readonly string Db = Path.Combine(Directory.CreateTempSubdirectory("newsbot-ed-").FullName, "news.db");
    protected FakeBotApi Api = null!;
    protected FakeSite Site = null!;

    public async Task InitializeAsync()
    {
        Api = await FakeBotApi.StartAsync();
        Site = await FakeSite.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        await Site.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(Db)!, recursive: true);
    }

    protected string Feed => Site.Url("/rss").ToString();

    protected Dictionary<string, string?> Settings(bool approval = false)
    {
        var settings = TestService.Settings(Api, Db, Feed);
        settings["Telegram:Editors:0"] = Editor1.ToString();
        settings["Telegram:Editors:1"] = Editor2.ToString();
        if (approval) settings["Feeds:0:Mode"] = "Approval";
        return settings;
    }

    protected async Task<TestService> StartPrimedAsync(bool approval = false, params SampleArticle[] existing)
    {
        SampleNews.Publish(Site, existing);
        var service = await TestService.StartAsync(Settings(approval));
        await Eventually.TrueAsync(() => service.Store.Feeds.Get(Feed).Primed, "the first poll primes the feed");
        return service;
    }

    /// <summary>Serves an article page (not in the feed) and returns its URL.</summary>
    protected string Page(string slug)
    {
        var article = SampleNews.Article(slug);
        Site.Map("/pages/" + slug, SampleNews.Page(article));
        return Site.Url("/pages/" + slug).ToString();
    }

    protected IReadOnlyList<SentMessage> SentTo(string chat) => Api.Sent.Where(s => s.ChatId == chat).ToList();

    protected IReadOnlyList<SentMessage> SentTo(long chat) => SentTo(chat.ToString());

    /// <summary>A user writes a command in their private chat; returns the bot's next message there.</summary>
    protected async Task<SentMessage> SayAsync(long user, string text)
    {
        var before = SentTo(user).Count;
        Api.EnqueueMessage(user, text);
        await Eventually.TrueAsync(() => SentTo(user).Count > before, $"a reply to {text}");
        return SentTo(user)[before];
    }

    /// <summary>A user presses a button; returns the answer to the callback query.</summary>
    protected async Task<CallbackAnswer> PressAsync(long user, long chat, int messageId, string data)
    {
        var id = Api.EnqueueCallback(chat, user, messageId, data);
        await Eventually.TrueAsync(() => Api.CallbackAnswers.Any(a => a.QueryId == id), $"an answer to {data}");
        return Api.CallbackAnswers.Single(a => a.QueryId == id);
    }

    protected static string Data(SentMessage message, string label) => message.Buttons.Single(b => b.Text == label).CallbackData!;
}
