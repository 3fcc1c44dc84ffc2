using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Tests.Playground;

/// <summary>The playground's panes from the emulator's record: the channel as Telegram shows it, edits and deletions visible, and the
/// visitor's chat in the order things happened.</summary>
public sealed class PlaygroundViewTests : IAsyncLifetime
{
    private readonly PlaygroundMode _mode = new(Some.TempDir(), NullLogger<PlaygroundMode>.Instance);
    private PlaygroundChat _chat = null!;
    private PlaygroundView _view = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        await _mode.StartAsync();
        _bot = _mode.Api.CreateClient();
        _chat = new PlaygroundChat(_mode, TimeProvider.System);
        _view = new PlaygroundView(_mode, _chat, new PublishingClock(Options.Create(new PublishingOptions()), TimeProvider.System));
    }

    public async Task DisposeAsync() => await _mode.DisposeAsync();

    [Fact]
    public async Task Channel_posts_show_their_photo_formatting_and_button_and_edits_and_deletions_stay_visible()
    {
        var story = new SampleSite(TimeProvider.System, TimeSpan.FromSeconds(20)).Stories[0];
        var button = new InlineKeyboardMarkup(InlineKeyboardButton.WithUrl("Read more", story.Url.ToString()));
        var photo = await _bot.SendPhoto(PlaygroundMode.Channel, Telegram.Bot.Types.InputFile.FromUri(new Uri(SampleSite.Origin, "img/tram.png")),
            caption: "<b>Trams</b> are back", parseMode: ParseMode.Html, replyMarkup: button);
        var text = await _bot.SendMessage(PlaygroundMode.Channel, "<b>Second</b> story", ParseMode.Html);
        var before = _view.Version;
        await _bot.EditMessageCaption(PlaygroundMode.Channel, photo.MessageId, "<b>Trams</b> are back at night", ParseMode.Html, replyMarkup: button);
        await _bot.DeleteMessage(PlaygroundMode.Channel, text.MessageId);

        var html = _view.Channel(PlaygroundTexts.En);

        Assert.NotEqual(before, _view.Version);
        Assert.Contains("""<img src="/playground/site/img/tram.png" """, html);
        Assert.Contains("<b>Trams</b> are back at night", html);
        Assert.Contains("edited • ", html);
        Assert.Contains($"""href="/playground/site/{story.Lang}/{story.Slug}" """, html);
        Assert.Contains("""<div class="message deleted" """, html);
        Assert.Contains("<b>Second</b> story", html);
        Assert.Contains("deleted • ", html);
    }

    [Fact]
    public async Task The_chat_shows_what_the_visitor_wrote_and_pressed_between_the_bots_messages_in_order()
    {
        var reader = new Visitor(false, "en");
        Assert.True(_chat.Say(reader, "/sections"));
        var menu = await _bot.SendMessage(PlaygroundMode.ReaderId, "Sections:",
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("➕ City", "sec:1")));

        Assert.False(_chat.Press(reader, menu.MessageId, "sec:forged"));
        Assert.True(_chat.Press(reader, menu.MessageId, "sec:1"));
        Assert.False(_chat.Say(reader, "   "));

        var html = _view.Chat(reader, PlaygroundTexts.En);

        var said = html.IndexOf("/sections", StringComparison.Ordinal);
        var answered = html.IndexOf("Sections:", StringComparison.Ordinal);
        var pressed = html.IndexOf("You pressed “➕ City”", StringComparison.Ordinal);
        Assert.True(said >= 0 && said < answered && answered < pressed, html);
        Assert.Contains("""<form method="post" action="/playground/press" data-live>""", html);
    }
}
