using NewsBot.Delivery;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace NewsBot.Tests.Delivery;

public class SendOutcomeTests
{
    private static SendOutcome Classify(int code, string description, ResponseParameters? parameters = null) =>
        TelegramSender.Classify(new ApiRequestException(description, code, parameters));

    [Fact]
    public void Too_many_requests_waits_retry_after() =>
        Assert.Equal(new SendOutcome.Flooded(TimeSpan.FromSeconds(7)),
            Classify(429, "Too Many Requests: retry after 7", new ResponseParameters { RetryAfter = 7 }));

    [Theory]
    [InlineData(403, "Forbidden: bot was blocked by the user")]
    [InlineData(403, "Forbidden: bot is not a member of the channel chat")]
    [InlineData(400, "Bad Request: chat not found")]
    public void A_refusing_chat_is_gone(int code, string description) =>
        Assert.IsType<SendOutcome.ChatGone>(Classify(code, description));

    [Fact]
    public void A_migrated_group_gives_its_new_id() =>
        Assert.Equal(new SendOutcome.Migrated(-1009876),
            Classify(400, "Bad Request: group chat was upgraded to a supergroup chat", new ResponseParameters { MigrateToChatId = -1009876 }));

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public void Server_errors_are_transient(int code) =>
        Assert.IsType<SendOutcome.Transient>(Classify(code, "Internal Server Error"));

    [Fact]
    public void Other_bad_requests_are_rejected_for_good() =>
        Assert.IsType<SendOutcome.Rejected>(Classify(400, "Bad Request: can't parse entities: unsupported start tag"));
}
