using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Tests.Playground;

/// <summary>The fake refuses what Telegram refuses when posts are edited, deleted, pinned or sent to forum topics (issue 10).</summary>
public sealed class FakeBotApiLifecycleTests : FakeBotApiFixture
{
    private const string Forum = "-1001234567890";

    [Fact]
    public async Task Editing_or_deleting_a_message_that_does_not_exist_is_refused()
    {
        var chat = Some.ChatId();

        var edit = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.EditMessageText(chat, 999, "<b>x</b>", ParseMode.Html));
        var caption = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.EditMessageCaption(chat, 999, "x"));
        var delete = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.DeleteMessage(chat, 999));

        Assert.Equal("Bad Request: message to edit not found", edit.Message);
        Assert.Equal("Bad Request: message to edit not found", caption.Message);
        Assert.Equal("Bad Request: message to delete not found", delete.Message);
    }

    [Fact]
    public async Task A_caption_edit_of_a_text_message_and_a_text_edit_of_a_photo_are_refused()
    {
        var chat = Some.ChatId();
        var text = await _bot.SendMessage(chat, "<b>Title</b>", ParseMode.Html);
        var photo = await _bot.SendPhoto(chat, InputFile.FromUri("https://cdn.example/a.jpg"), "<b>Title</b>", ParseMode.Html);

        var onText = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.EditMessageCaption(chat, text.MessageId, "<b>New</b>", ParseMode.Html));
        var onPhoto = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.EditMessageText(chat, photo.MessageId, "<b>New</b>", ParseMode.Html));

        Assert.Equal("Bad Request: there is no caption in the message to edit", onText.Message);
        Assert.Equal("Bad Request: there is no text in the message to edit", onPhoto.Message);
        Assert.Empty(_api.Edits);
    }

    [Fact]
    public async Task A_caption_edit_that_changes_nothing_is_not_modified()
    {
        var chat = Some.ChatId();
        var photo = await _bot.SendPhoto(chat, InputFile.FromUri("https://cdn.example/a.jpg"), "<b>Title</b>", ParseMode.Html);

        await _bot.EditMessageCaption(chat, photo.MessageId, "<b>Title, corrected</b>", ParseMode.Html);
        var again = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.EditMessageCaption(chat, photo.MessageId, "<b>Title, corrected</b>", ParseMode.Html));

        Assert.StartsWith("Bad Request: message is not modified", again.Message);
        Assert.Equal("<b>Title, corrected</b>", _api.Current(chat, photo.MessageId)!.Caption);
    }

    [Fact]
    public async Task A_media_edit_changes_the_photo_and_caption_and_adds_a_photo_to_a_text_message()
    {
        var chat = Some.ChatId();
        var photo = await _bot.SendPhoto(chat, InputFile.FromUri("https://cdn.example/a.jpg"), "<b>Title</b>", ParseMode.Html);
        var text = await _bot.SendMessage(chat, "<b>Text</b>", ParseMode.Html);
        InputMediaPhoto Media(string url, string caption) => new(InputFile.FromUri(url)) { Caption = caption, ParseMode = ParseMode.Html };

        var edited = await _bot.EditMessageMedia(chat, photo.MessageId, Media("https://cdn.example/b.jpg", "<b>New</b>"));
        await _bot.EditMessageMedia(chat, text.MessageId, Media("https://cdn.example/c.jpg", "<b>Text</b>"));
        var same = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.EditMessageMedia(chat, photo.MessageId, Media("https://cdn.example/b.jpg", "<b>New</b>")));

        Assert.Equal("New", edited.Caption);
        Assert.Equal(("https://cdn.example/b.jpg", "<b>New</b>"), (_api.Current(chat, photo.MessageId)!.PhotoUrl, _api.Current(chat, photo.MessageId)!.Caption));
        Assert.Equal("https://cdn.example/c.jpg", _api.Current(chat, text.MessageId)!.PhotoUrl);
        Assert.StartsWith("Bad Request: message is not modified", same.Message);
    }

    [Fact]
    public async Task A_topic_of_a_forum_takes_posts_and_a_missing_topic_or_a_chat_without_topics_is_refused()
    {
        _api.SetForum(Forum, "Newsroom forum", 9, 12);

        var sent = await _bot.SendMessage(Forum, "<b>Politics</b>", ParseMode.Html, messageThreadId: 9);
        var missing = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(Forum, "x", messageThreadId: 10));
        var channel = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendPhoto("@news", InputFile.FromUri("https://cdn.example/a.jpg"), "x", messageThreadId: 9));
        var group = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(-4242, "x", messageThreadId: 9));

        Assert.Equal(9, Assert.Single(_api.Sent).ThreadId);
        Assert.Equal(ChatType.Supergroup, sent.Chat.Type);
        Assert.All([missing, channel, group], e => Assert.Equal("Bad Request: message thread not found", e.Message));
    }

    [Fact]
    public async Task Pins_follow_the_messages_and_a_message_that_does_not_exist_cannot_be_pinned()
    {
        var first = await _bot.SendMessage("@news", "<b>One</b>", ParseMode.Html);
        var second = await _bot.SendMessage("@news", "<b>Two</b>", ParseMode.Html, disableNotification: true);

        await _bot.PinChatMessage("@news", first.MessageId, disableNotification: true);
        await _bot.PinChatMessage("@news", second.MessageId);
        await _bot.UnpinChatMessage("@news", first.MessageId);
        var missing = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.PinChatMessage("@news", 999));
        var gone = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.UnpinChatMessage("@news", 999));

        Assert.Equal([second.MessageId], _api.PinnedIn("@news"));
        Assert.Equal([(first.MessageId, true, true), (second.MessageId, true, false), (first.MessageId, false, false)], _api.Pins.Select(p => (p.MessageId, p.Pin, p.Silent)));
        Assert.Equal("Bad Request: message to pin not found", missing.Message);
        Assert.Equal("Bad Request: message to unpin not found", gone.Message);
        Assert.Equal([false, true], _api.Sent.Select(m => m.Silent));
    }
}
