using System.Net;
using System.Net.Http.Json;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Tests.Playground;

public sealed class FakeBotApiSendTests : FakeBotApiFixture
{
    private static InlineKeyboardMarkup ReadMore(string url) => new(InlineKeyboardButton.WithUrl("Read more", url));

    [Fact]
    public async Task GetMe_reports_the_test_bot()
    {
        var me = await _bot.GetMe();

        Assert.Equal((FakeBotApi.BotId, FakeBotApi.BotUsername, true), (me.Id, me.Username, me.IsBot));
    }

    [Fact]
    public async Task A_valid_html_message_with_a_url_button_is_accepted_and_recorded()
    {
        var message = await _bot.SendMessage("@news", "<b>Title &amp; more</b>\nSummary.", ParseMode.Html,
            replyMarkup: ReadMore("https://news.example/a/1"));

        Assert.Equal(ChatType.Channel, message.Chat.Type);
        Assert.Equal("Title & more\nSummary.", message.Text);
        Assert.Equal(MessageEntityType.Bold, Assert.Single(message.Entities!).Type);
        Assert.Equal("https://news.example/a/1", message.ReplyMarkup!.InlineKeyboard.Single().Single().Url);
        var sent = Assert.Single(_api.Sent);
        Assert.Equal(("@news", message.MessageId, "HTML"), (sent.ChatId, sent.MessageId, sent.ParseMode?.ToUpperInvariant()));
        Assert.Equal("<b>Title &amp; more</b>\nSummary.", sent.Text);
        Assert.Equal([new SentButton(0, "Read more", "https://news.example/a/1", null)], sent.Buttons);
    }

    [Fact]
    public async Task A_photo_is_recorded_with_its_url_and_caption()
    {
        var chat = Some.ChatId();

        var message = await _bot.SendPhoto(chat, InputFile.FromUri("https://news.example/img.jpg"), "<b>Title</b>",
            ParseMode.Html, replyMarkup: ReadMore("https://news.example/a/2"));

        Assert.NotEmpty(message.Photo!);
        Assert.Equal("Title", message.Caption);
        var sent = Assert.Single(_api.Sent);
        Assert.Equal((chat, "sendPhoto", "https://news.example/img.jpg", "<b>Title</b>"), (sent.ChatId, sent.Method, sent.PhotoUrl, sent.Caption));
    }

    [Theory]
    [InlineData("<p>para</p>", "Bad Request: can't parse entities: Unsupported start tag \"p\" at byte offset 0")]
    [InlineData("Tom &nbsp; Jerry", "Bad Request: can't parse entities: Unsupported HTML entity \"&nbsp;\" at byte offset 4")]
    [InlineData("<b>unclosed", "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<b></b>", "Bad Request: message text is empty")]
    public async Task Bad_text_is_refused_like_telegram(string html, string description)
    {
        var e = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(Some.ChatId(), html, ParseMode.Html));

        Assert.Equal((400, description), (e.ErrorCode, e.Message));
        Assert.Empty(_api.Sent);
    }

    [Fact]
    public async Task Text_length_counts_after_parsing()
    {
        var atLimit = string.Concat(Enumerable.Repeat("&amp;", 4096));

        await _bot.SendMessage(Some.ChatId(), atLimit, ParseMode.Html);
        var e = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(Some.ChatId(), atLimit + "x", ParseMode.Html));

        Assert.Equal("Bad Request: message is too long", e.Message);
    }

    [Fact]
    public async Task Caption_length_counts_after_parsing()
    {
        var atLimit = "<b>" + string.Concat(Enumerable.Repeat("&lt;", 1024)) + "</b>";
        var photo = InputFile.FromUri("https://news.example/p.jpg");

        await _bot.SendPhoto(Some.ChatId(), photo, atLimit, ParseMode.Html);
        var e = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendPhoto(Some.ChatId(), photo, atLimit + "x", ParseMode.Html));

        Assert.Equal("Bad Request: message caption is too long", e.Message);
    }

    [Theory]
    [InlineData("url", "ftp://news.example/x", "Bad Request: BUTTON_URL_INVALID")]
    [InlineData("url", "not a url", "Bad Request: BUTTON_URL_INVALID")]
    [InlineData("data", "0123456789012345678901234567890123456789012345678901234567890123456789", "Bad Request: BUTTON_DATA_INVALID")]
    public async Task Bad_buttons_are_refused(string kind, string value, string description)
    {
        var button = kind == "url" ? InlineKeyboardButton.WithUrl("Go", value) : InlineKeyboardButton.WithCallbackData("Go", value);

        var e = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(Some.ChatId(), "text", replyMarkup: new InlineKeyboardMarkup(button)));

        Assert.Equal(description, e.Message);
    }

    [Fact]
    public async Task Edits_replace_the_current_version_and_an_identical_edit_is_not_modified()
    {
        var chat = Some.ChatId();
        var message = await _bot.SendMessage(chat, "<b>Draft</b>", ParseMode.Html, replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Publish", "pub:1")));

        var edited = await _bot.EditMessageText(chat, message.MessageId, "<b>Published</b>", ParseMode.Html);
        var again = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.EditMessageText(chat, message.MessageId, "<b>Published</b>", ParseMode.Html));

        Assert.Equal("Published", edited.Text);
        Assert.StartsWith("Bad Request: message is not modified", again.Message);
        var current = _api.Current(chat, message.MessageId)!;
        Assert.Equal(("<b>Published</b>", 0), (current.Text, current.Buttons.Count));
        Assert.Single(_api.Edits);
    }

    [Fact]
    public async Task Deleting_removes_the_message_once()
    {
        var chat = Some.ChatId();
        var message = await _bot.SendMessage(chat, "bye");

        await _bot.DeleteMessage(chat, message.MessageId);
        var e = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.DeleteMessage(chat, message.MessageId));

        Assert.Equal("Bad Request: message to delete not found", e.Message);
        Assert.Null(_api.Current(chat, message.MessageId));
        Assert.Single(_api.Deleted);
    }

    [Fact]
    public async Task Commands_are_kept_per_scope_and_language()
    {
        var reader = new[] { new BotCommand("latest", "Latest news"), new BotCommand("help", "Help") };
        var editor = new[] { new BotCommand("preview", "Preview a post") };

        await _bot.SetMyCommands(reader, languageCode: "uk");
        await _bot.SetMyCommands(editor, BotCommandScope.Chat(42));
        var fetched = await _bot.GetMyCommands(languageCode: "uk");

        Assert.Equal(["latest", "help"], fetched.Select(c => c.Command));
        Assert.Equal([new RegisteredCommand("preview", "Preview a post")], _api.CommandsFor("chat:42"));
        Assert.Equal(["chat:42|", "default|uk"], _api.CommandScopes);
    }

    [Fact]
    public async Task An_invalid_command_name_is_refused()
    {
        var e = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SetMyCommands([new BotCommand("Latest-News", "x")]));

        Assert.Equal("Bad Request: BOT_COMMAND_INVALID", e.Message);
    }

    [Fact]
    public async Task GetChat_describes_a_channel()
    {
        var chat = await _bot.GetChat("@news");

        Assert.Equal((ChatType.Channel, "news"), (chat.Type, chat.Username));
    }

    [Fact]
    public async Task A_wrong_token_is_unauthorized()
    {
        var stranger = new TelegramBotClient(new TelegramBotClientOptions("999:WRONG-token", _api.BaseUrl.ToString()));

        var e = await Assert.ThrowsAsync<ApiRequestException>(() => stranger.GetMe());

        Assert.Equal((401, "Unauthorized"), (e.ErrorCode, e.Message));
    }

    [Fact]
    public async Task An_unknown_method_is_not_found()
    {
        using var http = new HttpClient();

        var response = await http.PostAsJsonAsync(_api.MethodUrl("sendTelepathy"), new { chat_id = 1 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Form_fields_and_query_strings_are_accepted_too()
    {
        using var http = new HttpClient();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["text"] = "hi",
            ["reply_markup"] = "{\"inline_keyboard\":[[{\"text\":\"Go\",\"callback_data\":\"go\"}]]}",
        });

        var response = await http.PostAsync(new Uri(_api.MethodUrl("sendMessage") + "?chat_id=77"), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(_api.Sent);
        Assert.Equal(("77", "hi", "go"), (sent.ChatId, sent.Text, sent.Buttons.Single().CallbackData));
    }
}
