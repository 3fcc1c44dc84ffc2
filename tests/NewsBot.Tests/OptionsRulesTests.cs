using Microsoft.Extensions.Configuration;

namespace NewsBot.Tests;

public class OptionsRulesTests
{
    private static TelegramOptions ValidTelegram() => new() { BotToken = "123456:TEST-token_abcdefghijklmnopqrstuvw" };

    [Fact]
    public void Defaults_with_a_token_are_valid()
    {
        Assert.Empty(OptionsRules.Check(ValidTelegram()));
        Assert.Empty(OptionsRules.Check(new StorageOptions()));
        Assert.Empty(OptionsRules.Check(new PublishingOptions()));
        Assert.Empty(OptionsRules.Check(new FeedsOptions()));
    }

    [Fact]
    public void No_token_at_all_is_playground_mode_not_a_problem() => Assert.Empty(OptionsRules.Check(new TelegramOptions()));

    [Fact]
    public void Each_telegram_problem_is_its_own_line()
    {
        var o = new TelegramOptions
        {
            BotToken = "no-shape", ApiBaseUrl = "ftp://x", Channels = ["@ok_channel", "-1001234567890", "no spaces"],
            Editors = [42, -1], MessagesPerSecond = 0, MessagesPerMinutePerGroup = 5000,
        };
        var problems = OptionsRules.Check(o).ToList();
        Assert.Equal(6, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Telegram:BotToken does not look like a bot token"));
        Assert.Contains(problems, p => p.StartsWith("Telegram:ApiBaseUrl"));
        Assert.Contains(problems, p => p.StartsWith("Telegram:Channels:2"));
        Assert.Contains(problems, p => p.StartsWith("Telegram:Editors:1"));
        Assert.Contains(problems, p => p.StartsWith("Telegram:MessagesPerSecond"));
        Assert.Contains(problems, p => p.StartsWith("Telegram:MessagesPerMinutePerGroup"));
    }

    [Fact]
    public void Lists_the_binder_would_silently_drop_are_checked_as_written()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:Editors:0"] = "12345",
            ["Telegram:Editors:1"] = "@alice",
            ["Feeds:0:Url"] = "https://a.example/rss",
            ["Feeds:0:PollInterval"] = "banana",
            ["Feeds:1:Url"] = "https://b.example/rss",
            ["Feeds:1:Mode"] = "approval",
            ["Feeds:2:Url"] = "https://c.example/rss",
            ["Feeds:2:Mode"] = "Manual",
        }).Build();
        Assert.Equal(
        [
            "Telegram:Editors:1 must be a numeric Telegram user id, got '@alice'.",
            "Feeds:0:PollInterval must be a time span like 00:05:00, got 'banana'.",
            "Feeds:2:Mode must be Auto or Approval, got 'Manual'.",
        ], OptionsRules.CheckAsWritten(config));
    }

    [Fact]
    public void Feeds_need_http_urls_sane_intervals_and_no_repeats()
    {
        var o = new FeedsOptions
        {
            Items =
            [
                new FeedOptions { Url = "https://a.example/rss" },
                new FeedOptions { Url = "file:///etc/passwd", PollInterval = TimeSpan.Zero },
                new FeedOptions { Url = "https://a.example/rss", Channels = ["@@bad"] },
            ],
        };
        var problems = OptionsRules.Check(o).ToList();
        Assert.Contains("Feeds:1:Url must be an absolute http(s) URL, got 'file:///etc/passwd'.", problems);
        Assert.Contains(problems, p => p.StartsWith("Feeds:1:PollInterval"));
        Assert.Contains(problems, p => p.StartsWith("Feeds:2:Channels:0"));
        Assert.Contains(problems, p => p.Contains("configured more than once"));
    }

    [Theory]
    [InlineData("Mars/Olympus", "", 1)]
    [InlineData("Europe/Kyiv", "25:00-07:00", 1)]
    [InlineData("Europe/Kyiv", "00:00-07:00", 0)]
    [InlineData("America/New_York", "22:30-06:15", 0)]
    public void Publishing_time_zone_and_quiet_hours_are_checked(string zone, string quiet, int problems) =>
        Assert.Equal(problems, OptionsRules.Check(new PublishingOptions { TimeZone = zone, QuietHours = quiet }).Count());

    [Fact]
    public void Every_target_setting_takes_a_forum_topic_and_a_bad_one_is_named()
    {
        var telegram = ValidTelegram();
        telegram.Channels = ["@newsroom", "-1001234567890:9", "-1001234567890:0", "@newsroom:x"];
        var feeds = new FeedsOptions { Items = [new FeedOptions { Url = "https://a.example/rss", Channels = ["@world:3", "@world:"] }] };
        var routing = new RoutingOptions
        {
            Items =
            [
                new RouteOptions { Section = "Politics", Channels = ["-1001234567890:9"] },
                new RouteOptions { Section = " ", Channels = [] },
                new RouteOptions { Section = "Sport", Channels = ["sport"] },
            ],
        };
        var styles = new ChannelSettingsOptions { Items = [new ChannelSettingOptions { Target = "@newsroom" }, new ChannelSettingOptions { Target = "#news" }] };

        Assert.Equal(["Telegram:Channels:2", "Telegram:Channels:3"], OptionsRules.Check(telegram).Select(p => p.Split(' ')[0]));
        Assert.Equal("Feeds:0:Channels:1 must be @username or a numeric chat id, optionally followed by :TOPIC (a forum topic id), got '@world:'.",
            Assert.Single(OptionsRules.Check(feeds)));
        Assert.Equal(["Routing:1:Section", "Routing:1:Channels", "Routing:2:Channels:0"], OptionsRules.Check(routing).Select(p => p.Split(' ')[0]));
        Assert.StartsWith("ChannelSettings:1:Target must be", Assert.Single(OptionsRules.Check(styles)));
    }

    [Fact]
    public void The_lifecycle_policies_are_checked_as_written_and_the_edit_window_is_bounded()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Publishing:OnUpdate"] = "Repost",
            ["Publishing:OnRemoval"] = "delete",
        }).Build();

        Assert.Equal(["Publishing:OnUpdate must be Edit or Ignore, got 'Repost'."], OptionsRules.CheckAsWritten(config));
        Assert.Single(OptionsRules.Check(new PublishingOptions { EditWindow = TimeSpan.FromDays(31) }));
        Assert.Equal((UpdatePolicy.Edit, RemovalPolicy.Ask, TimeSpan.FromDays(2)), (new PublishingOptions().OnUpdate, new PublishingOptions().OnRemoval, new PublishingOptions().EditWindow));
    }
}
