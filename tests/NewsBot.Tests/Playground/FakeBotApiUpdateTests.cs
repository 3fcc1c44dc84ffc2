using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Tests.Playground;

public sealed class FakeBotApiUpdateTests : FakeBotApiFixture
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    [Fact]
    public async Task A_long_poll_returns_as_soon_as_an_update_is_enqueued()
    {
        var poll = _bot.GetUpdates(timeout: 30);
        await _api.WaitForPollAsync(Patience);

        _api.EnqueueMessage(555, "/latest@NewsTestBot now", languageCode: "uk");
        var update = Assert.Single(await poll.WaitAsync(Patience));

        var message = update.Message!;
        Assert.Equal(("/latest@NewsTestBot now", 555L, "uk", ChatType.Private), (message.Text, message.From!.Id, message.From.LanguageCode, message.Chat.Type));
        var command = Assert.Single(message.Entities!);
        Assert.Equal((MessageEntityType.BotCommand, 0, 19), (command.Type, command.Offset, command.Length));
    }

    [Fact]
    public async Task An_idle_long_poll_ends_empty_after_its_timeout()
    {
        var updates = await _bot.GetUpdates(timeout: 1).WaitAsync(Patience);

        Assert.Empty(updates);
        Assert.False(_api.IsPolling);
    }

    [Fact]
    public async Task Offsets_confirm_and_drop_earlier_updates()
    {
        _api.EnqueueMessage(1, "a");
        _api.EnqueueMessage(1, "b");
        _api.EnqueueMessage(1, "c");

        var all = await _bot.GetUpdates(timeout: 0);
        var rest = await _bot.GetUpdates(offset: all[0].Id + 1, timeout: 0);
        var none = await _bot.GetUpdates(offset: all[2].Id + 1, timeout: 0);

        Assert.Equal(["a", "b", "c"], all.Select(u => u.Message!.Text));
        Assert.True(all[0].Id < all[1].Id && all[1].Id < all[2].Id);
        Assert.Equal(["b", "c"], rest.Select(u => u.Message!.Text));
        Assert.Empty(none);
        Assert.Equal(0, _api.PendingUpdates);
    }

    [Fact]
    public async Task A_limit_caps_the_batch_and_a_negative_offset_keeps_only_the_last()
    {
        foreach (var text in new[] { "a", "b", "c" }) _api.EnqueueMessage(1, text);

        var first = await _bot.GetUpdates(limit: 2, timeout: 0);
        var last = await _bot.GetUpdates(offset: -1, timeout: 0);

        Assert.Equal(["a", "b"], first.Select(u => u.Message!.Text));
        Assert.Equal(["c"], last.Select(u => u.Message!.Text));
    }

    [Fact]
    public async Task A_newer_poll_terminates_the_older_with_409()
    {
        var older = _bot.GetUpdates(timeout: 30);
        await _api.WaitForPollAsync(Patience);

        var newer = _bot.GetUpdates(timeout: 0);
        var e = await Assert.ThrowsAsync<ApiRequestException>(() => older.WaitAsync(Patience));

        Assert.Equal(409, e.ErrorCode);
        Assert.Empty(await newer);
    }

    [Fact]
    public async Task A_button_press_arrives_as_a_callback_query_that_can_be_answered_once()
    {
        var chat = Some.UserId();
        var sent = await _bot.SendMessage(chat, "Publish?", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Publish", "pub:7")));
        var queryId = _api.EnqueueCallback(chat, chat, sent.MessageId, "pub:7");

        var query = Assert.Single(await _bot.GetUpdates(timeout: 0)).CallbackQuery!;
        await _bot.AnswerCallbackQuery(query.Id, "Published");
        var again = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.AnswerCallbackQuery(query.Id));

        Assert.Equal((queryId, "pub:7", sent.MessageId, "Publish?"), (query.Id, query.Data, query.Message!.MessageId, query.Message.Text));
        Assert.Equal([new CallbackAnswer(queryId, "Published", false)], _api.CallbackAnswers);
        Assert.StartsWith("Bad Request: query is too old", again.Message);
    }

    [Theory]
    [InlineData(777L, "kicked", ChatMemberStatus.Kicked, ChatType.Private)]
    [InlineData(-1001234L, "administrator", ChatMemberStatus.Administrator, ChatType.Channel)]
    [InlineData(-1001234L, "left", ChatMemberStatus.Left, ChatType.Channel)]
    [InlineData(-4321L, "member", ChatMemberStatus.Member, ChatType.Group)]
    public async Task The_bots_membership_changes_arrive_as_my_chat_member(long chat, string status, ChatMemberStatus expected, ChatType type)
    {
        _api.EnqueueMyChatMember(chat, status);

        var change = Assert.Single(await _bot.GetUpdates(timeout: 0)).MyChatMember!;

        Assert.Equal((expected, FakeBotApi.BotId, type), (change.NewChatMember.Status, change.NewChatMember.User.Id, change.Chat.Type));
    }

    [Fact]
    public async Task A_group_message_keeps_the_declared_chat_type_for_replies()
    {
        _api.EnqueueMessage(-100777, "/latest@NewsTestBot", fromId: 42, chatType: "supergroup");

        var update = Assert.Single(await _bot.GetUpdates(timeout: 0));
        var reply = await _bot.SendMessage(update.Message!.Chat.Id, "news");

        Assert.Equal((ChatType.Supergroup, 42L), (update.Message.Chat.Type, update.Message.From!.Id));
        Assert.Equal(ChatType.Supergroup, reply.Chat.Type);
    }
}
