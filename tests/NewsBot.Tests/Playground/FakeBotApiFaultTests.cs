using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Tests.Playground;

public sealed class FakeBotApiFaultTests : FakeBotApiFixture
{
    private async Task<ApiRequestException> RefusedAsync(ChatId chat) =>
        await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(chat, "hello"));

    [Fact]
    public async Task A_scripted_429_carries_retry_after_and_then_passes()
    {
        _api.FailNext(1, 429, "Too Many Requests: retry after 7", retryAfter: 7);

        var e = await RefusedAsync(Some.ChatId());
        await _bot.SendMessage(Some.ChatId(), "again");

        Assert.Equal((429, 7), (e.ErrorCode, e.Parameters!.RetryAfter));
        Assert.Equal(1, _api.TooManyRequestsCount);
        Assert.Single(_api.Sent);
    }

    [Fact]
    public async Task The_per_group_limit_answers_429_until_its_minute_passes()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-01-01T00:00:00Z"));
        (_api.Time, _api.MessagesPerMinutePerGroup) = (time, 2);
        var channel = Some.ChatId();

        await _bot.SendMessage(channel, "1");
        time.Advance(TimeSpan.FromSeconds(15));
        await _bot.SendMessage(channel, "2");
        var e = await RefusedAsync(channel);
        await _bot.SendMessage(Some.ChatId(), "another channel is not limited");
        time.Advance(TimeSpan.FromSeconds(45));
        await _bot.SendMessage(channel, "3");

        Assert.Equal(("Too Many Requests: retry after 45", 45), (e.Message, e.Parameters!.RetryAfter));
        Assert.Equal(1, _api.TooManyRequestsCount);
    }

    [Fact]
    public async Task The_private_chat_and_global_limits_answer_429_with_at_least_one_second()
    {
        (_api.Time, _api.PrivatePerSecond, _api.MessagesPerSecond) = (new FakeTimeProvider(), 1, 2);

        await _bot.SendMessage(Some.UserId(), "1");
        var sameUser = _api.Sent[0].ChatId;
        var perChat = await RefusedAsync(long.Parse(sameUser));
        await _bot.SendMessage(Some.UserId(), "2");
        var global = await RefusedAsync(Some.UserId());

        Assert.Equal((1, 1), (perChat.Parameters!.RetryAfter, global.Parameters!.RetryAfter));
        Assert.Equal(2, _api.TooManyRequestsCount);
    }

    [Fact]
    public async Task A_blocked_user_and_a_channel_without_the_bot_answer_403()
    {
        var user = Some.UserId();
        _api.Block(user.ToString());
        _api.Block("@gone");

        var blocked = await RefusedAsync(user);
        var channel = await RefusedAsync("@gone");

        Assert.Equal((403, "Forbidden: bot was blocked by the user"), (blocked.ErrorCode, blocked.Message));
        Assert.Equal((403, "Forbidden: bot is not a member of the channel chat"), (channel.ErrorCode, channel.Message));
    }

    [Fact]
    public async Task An_unknown_chat_is_not_found()
    {
        var chat = Some.ChatId();
        _api.UnknownChat(chat);

        var e = await RefusedAsync(chat);

        Assert.Equal((400, "Bad Request: chat not found"), (e.ErrorCode, e.Message));
    }

    [Fact]
    public async Task A_migrated_group_names_its_supergroup()
    {
        _api.Migrate("-4001", -1009001);

        var e = await RefusedAsync(-4001);
        var moved = await _bot.SendMessage(-1009001, "hello again");

        Assert.Equal("Bad Request: group chat was upgraded to a supergroup chat", e.Message);
        Assert.Equal(-1009001, e.Parameters!.MigrateToChatId);
        Assert.Equal(ChatType.Supergroup, moved.Chat.Type);
    }

    [Fact]
    public async Task Bad_gateway_is_answered_for_the_next_sends_only()
    {
        _api.BadGatewayNext(2);

        var first = await RefusedAsync(Some.ChatId());
        await RefusedAsync(Some.ChatId());
        await _bot.GetMe();
        await _bot.SendMessage(Some.ChatId(), "recovered");

        Assert.Equal((502, "Bad Gateway"), (first.ErrorCode, first.Message));
        Assert.Equal(2, _api.AnsweredCount(502));
    }

    [Fact]
    public async Task A_scripted_fault_can_target_any_method()
    {
        _api.FailNextCalls("getUpdates", 1, 409, "Conflict: terminated by other getUpdates request");

        var e = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.GetUpdates(timeout: 0));

        Assert.Equal(409, e.ErrorCode);
        Assert.Empty(await _bot.GetUpdates(timeout: 0));
    }

    [Fact]
    public async Task A_photo_telegram_cannot_fetch_is_refused()
    {
        _api.RejectPhotoUrl("https://news.example/broken.jpg");

        var e = await Assert.ThrowsAsync<ApiRequestException>(() =>
            _bot.SendPhoto(Some.ChatId(), InputFile.FromUri("https://news.example/broken.jpg"), "caption"));

        Assert.Equal("Bad Request: failed to get HTTP URL content", e.Message);
    }

    [Fact]
    public async Task A_hung_server_answers_nothing_until_released()
    {
        _api.Hang = true;
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var hung = await Record.ExceptionAsync(() => _bot.SendMessage(Some.ChatId(), "lost", cancellationToken: giveUp.Token));
        _api.Hang = false;
        await _bot.SendMessage(Some.ChatId(), "delivered");

        Assert.IsAssignableFrom<OperationCanceledException>(hung);
        Assert.Single(_api.Sent);
        Assert.Null(_api.Calls[0].Status);
    }

    [Fact]
    public async Task Disposing_releases_a_hung_request()
    {
        var api = await FakeBotApi.StartAsync();
        api.Hang = true;
        var pending = api.CreateClient().GetMe();
        await api.WaitForCallsAsync("getMe", 1, TimeSpan.FromSeconds(10));

        await api.DisposeAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => pending);
    }

    [Fact]
    public async Task Waiting_for_more_messages_than_were_sent_explains_what_happened()
    {
        await _bot.SendMessage("@news", "the only one");
        _api.Block("@blocked");
        await RefusedAsync("@blocked");

        var e = await Assert.ThrowsAsync<TimeoutException>(() => _api.WaitForSentAsync(2, TimeSpan.FromMilliseconds(50)));

        Assert.Contains("sendMessage to @news: the only one", e.Message);
        Assert.Contains("sendMessage -> 403 Forbidden: bot is not a member of the channel chat", e.Message);
    }
}
