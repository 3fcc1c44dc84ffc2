using NewsBot.Bot;
using NewsBot.Commands;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Tests.Bot;

public class CommandRouterTests
{
    [Theory]
    [InlineData("/start", ChatType.Private, "start")]
    [InlineData("/HELP extra words", ChatType.Private, "help")]
    [InlineData("/help@NewsTestBot", ChatType.Private, "help")]
    [InlineData("/help@newstestbot", ChatType.Supergroup, "help")]
    [InlineData("/help", ChatType.Group, null)]
    [InlineData("/help@OtherBot", ChatType.Group, null)]
    [InlineData("/help@OtherBot", ChatType.Private, null)]
    [InlineData("hello", ChatType.Private, null)]
    [InlineData("/", ChatType.Private, null)]
    [InlineData("/ start", ChatType.Private, null)]
    public void Commands_count_in_private_chats_or_when_addressed(string text, ChatType type, string? expected) =>
        Assert.Equal(expected, CommandRouter.ParseCommand(text, type, "NewsTestBot"));
}
