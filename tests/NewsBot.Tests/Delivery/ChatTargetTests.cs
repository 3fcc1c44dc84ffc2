using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Tests.Delivery;

/// <summary>Targets "@name", "-100…", either with ":TOPIC"; routing by section; which method edits a message.</summary>
public sealed class ChatTargetTests
{
    [Theory]
    [InlineData("@newsroom", "@newsroom", null)]
    [InlineData("-1001234567890", "-1001234567890", null)]
    [InlineData("-1001234567890:9", "-1001234567890", 9)]
    [InlineData("@forum_group:12", "@forum_group", 12)]
    [InlineData(" -100123:7 ", "-100123", 7)]
    public void A_target_is_a_chat_and_an_optional_topic(string text, string chat, int? topic) =>
        Assert.Equal(new ChatTarget(chat, topic), ChatTarget.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("newsroom")]
    [InlineData("@abc")]
    [InlineData("-100123:")]
    [InlineData("-100123:0")]
    [InlineData("-100123:-5")]
    [InlineData("-100123:9:1")]
    [InlineData("-100123:nine")]
    [InlineData("-100123:99999999999")]
    [InlineData("@news room:3")]
    [InlineData(null)]
    public void Anything_else_is_not_a_target(string? text) => Assert.Null(ChatTarget.Parse(text));

    [Fact]
    public void Channel_targets_carry_their_topic_and_a_breaking_article_goes_in_the_urgent_lane()
    {
        Assert.Equal(
            [new DeliveryTarget("@newsroom", ChatKind.Group, Lane.Channel), new DeliveryTarget("-100123", ChatKind.Group, Lane.Channel, 9)],
            Audience.ChannelTargets(["@newsroom", "-100123:9", "@newsroom", "bad target"]));
        Assert.All(Audience.ChannelTargets(["@newsroom", "-100123:9"], breaking: true), t => Assert.Equal(Lane.Urgent, t.Lane));
    }

    [Fact]
    public void Routes_match_any_of_the_sections_case_insensitively()
    {
        RouteOptions[] routes =
        [
            new() { Section = "Politics", Channels = ["-100123:9"] },
            new() { Section = " economy ", Channels = ["@money", "-100123:12"] },
            new() { Section = "Sport", Channels = ["@sport"] },
        ];

        Assert.Equal(["-100123:9"], Audience.Routed(routes, ["Example News", "POLITICS", null]));
        Assert.Equal(["-100123:9", "@money", "-100123:12"], Audience.Routed(routes, ["politics", "Economy"]));
        Assert.Empty(Audience.Routed(routes, ["World", null, ""]));
    }

    [Theory]
    [InlineData(null, null, EditMethod.Text)]
    [InlineData(null, "https://cdn.example/b.jpg", EditMethod.Media)]
    [InlineData("https://cdn.example/a.jpg", "https://cdn.example/a.jpg", EditMethod.Caption)]
    [InlineData("https://cdn.example/a.jpg", null, EditMethod.Caption)]
    [InlineData("https://cdn.example/a.jpg", "https://cdn.example/b.jpg", EditMethod.Media)]
    public void The_edit_method_follows_what_the_message_shows_and_the_new_photo(string? shown, string? photo, EditMethod method)
    {
        Assert.Equal(method, EditMethods.For(shown, photo));
        Assert.Equal(method == EditMethod.Media ? photo : shown, EditMethods.PhotoAfter(shown, photo, method));
    }
}
