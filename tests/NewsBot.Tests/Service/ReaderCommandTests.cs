using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Service;

/// <summary>Readers' commands through the whole service and the fake Bot API: happy paths, bad arguments, groups, buttons.</summary>
public sealed class ReaderCommandTests : IAsyncLifetime
{
    private readonly string _db = Path.Combine(Directory.CreateTempSubdirectory("newsbot-readers-").FullName, "news.db");
    private FakeBotApi _api = null!;
    private TestService _service = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        var settings = TestService.Settings(_api, _db);
        settings["Telegram:Channels:0"] = "@newsroom";
        settings["Feeds:0:Url"] = "https://news.example/politics.rss";
        settings["Feeds:0:Name"] = "Politics";
        settings["Feeds:0:PollInterval"] = "1.00:00:00";
        _service = await TestService.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _api.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_db)!, recursive: true);
    }

    private LiteStore Store => _service.Store;

    /// <summary>Sends a message and returns the bot's next message to that chat.</summary>
    private async Task<SentMessage> AskAsync(long chat, string text, string language = "en", string chatType = "private")
    {
        var before = _api.Sent.Count;
        _api.EnqueueMessage(chat, text, languageCode: language, chatType: chatType, fromId: chat > 0 ? chat : 777);
        await _api.WaitForSentAsync(before + 1, TimeSpan.FromSeconds(10));
        return _api.Sent.Skip(before).First(m => m.ChatId == chat.ToString());
    }

    /// <summary>Proves silence: a later /help in a private chat is answered, and nothing came to <paramref name="chat"/> meanwhile.</summary>
    private async Task AssertSilentAsync(long chat, int earlier = 0)
    {
        var probe = Some.UserId();
        await AskAsync(probe, "/help");
        Assert.Equal(earlier, _api.Sent.Count(m => m.ChatId == chat.ToString()));
    }

    private void Publish(int count, string section = "Politics", string title = "Budget story")
    {
        var now = DateTime.UtcNow;
        for (var i = 0; i < count; i++)
            Store.AddPublished(new ArticleRecord
            {
                Key = $"{section}-{title}-{i}", Url = $"https://news.example/{section}/{i}", Title = $"{title} {i}", Summary = "Parliament voted.",
                Section = section, State = ArticleState.Published, FoundAt = now, PublishedAt = now.AddMinutes(i - count), PostHtml = $"<b>{title} {i}</b>",
            }, [], now);
    }

    [Fact]
    public async Task Start_welcomes_subscribes_and_lists_the_commands_in_the_readers_language()
    {
        var en = await AskAsync(Some.UserId(), "/start");
        Assert.Contains("subscribed to all sections", en.VisibleText);
        Assert.Contains("/latest", en.VisibleText);
        var ukId = Some.UserId();
        var uk = await AskAsync(ukId, "/start", "uk");
        Assert.Contains("підписані на всі розділи", uk.VisibleText);
        Assert.True(Store.Readers.Get(ukId)!.Active);
        Assert.Null(Store.Readers.Get(ukId)!.Sections);

        var help = await AskAsync(ukId, "/help", "uk");
        foreach (var command in new[] { "/latest", "/search", "/sections", "/subscribe", "/unsubscribe", "/digest", "/lang", "/stop" })
            Assert.Contains(command, help.VisibleText);
        Assert.Contains(_api.CommandsFor("default"), c => c.Command == "latest" && c.Description.StartsWith("Latest"));
        Assert.Contains(_api.CommandsFor("default", "uk"), c => c.Command == "digest" && c.Description.StartsWith("Щоденний"));
    }

    [Fact]
    public async Task Lang_switches_the_interface_over_telegrams_language_code()
    {
        var id = Some.UserId();
        Assert.Equal("Мова: українська.", (await AskAsync(id, "/lang uk")).VisibleText);
        Assert.StartsWith("Формат: /search", (await AskAsync(id, "/search")).VisibleText);
        Assert.False(Store.Readers.Get(id)!.Active);
        Assert.Equal("Language: English.", (await AskAsync(id, "/lang en", "uk")).VisibleText);
        Assert.StartsWith("Usage: /lang", (await AskAsync(id, "/lang fr", "uk")).VisibleText);
    }

    [Fact]
    public async Task Latest_lists_titles_times_and_links_and_more_pages_on()
    {
        Publish(25);
        Publish(2, "Economy", "Rates");
        var id = Some.UserId();

        var five = await AskAsync(id, "/latest");
        Assert.Equal(5, five.Body.Split("<a href=").Length - 1);
        Assert.Contains("Rates 1", five.VisibleText);
        Assert.Matches(@"\d\d\.\d\d \d\d:\d\d", five.VisibleText);
        Assert.Contains("https://news.example/", five.Body);

        var page = await AskAsync(id, "/latest 20 politics");
        Assert.Contains("Latest in Politics", page.VisibleText);
        Assert.DoesNotContain("Rates", page.VisibleText);
        var more = Assert.Single(page.Buttons);
        Assert.Equal("More", more.Text);
        Assert.InRange(Encoding.UTF8.GetByteCount(more.CallbackData!), 1, 64);

        var before = _api.Sent.Count;
        _api.EnqueueCallback(id, id, page.MessageId, more.CallbackData!);
        await _api.WaitForSentAsync(before + 1, TimeSpan.FromSeconds(10));
        var next = _api.Sent[^1];
        Assert.Equal(5, next.Body.Split("<a href=").Length - 1);
        Assert.Contains("Budget story 4", next.VisibleText);
        Assert.Contains("Budget story 0", next.VisibleText);
        Assert.Empty(next.Buttons);
    }

    [Fact]
    public async Task Search_finds_title_and_summary_words_newest_first()
    {
        Publish(12);
        Publish(1, "Economy", "Inflation slows");
        var id = Some.UserId();

        var found = await AskAsync(id, "/search parliament budgets");
        Assert.Equal(10, found.Body.Split("<a href=").Length - 1);
        Assert.StartsWith("Found for “parliament budgets”", found.VisibleText);
        Assert.NotNull(Assert.Single(found.Buttons).CallbackData);
        Assert.Contains("Inflation slows 0", (await AskAsync(id, "/search inflation")).VisibleText);
        Assert.Contains("Nothing found", (await AskAsync(id, "/search snowfall")).VisibleText);
    }

    [Fact]
    public async Task Bad_arguments_get_a_usage_line_and_the_update_loop_goes_on()
    {
        var id = Some.UserId();
        Assert.StartsWith("There is no section “banana”", (await AskAsync(id, "/latest banana")).VisibleText);
        Assert.StartsWith("Usage: /latest", (await AskAsync(id, "/latest 9999")).VisibleText);
        Assert.StartsWith("Usage: /digest", (await AskAsync(id, "/digest 25:99")).VisibleText);
        Assert.StartsWith("Usage: /search", (await AskAsync(id, "/search a")).VisibleText);
        Assert.StartsWith("Usage: /unsubscribe", (await AskAsync(id, "/unsubscribe")).VisibleText);
        Assert.StartsWith("There is no section", (await AskAsync(id, "/subscribe Nowhere")).VisibleText);
        Assert.Contains("/help", (await AskAsync(id, "/frobnicate")).VisibleText);
        Assert.StartsWith("Usage: /latest", (await AskAsync(id, "/latest " + new string('x', 4000))).VisibleText);
        Assert.Contains("Nothing found", (await AskAsync(id, "/search " + string.Join(' ', Enumerable.Repeat("word", 800)))).VisibleText);
        Assert.Equal("No articles yet.", (await AskAsync(id, "/latest")).VisibleText);
    }

    [Fact]
    public async Task Photos_plain_text_and_forged_or_stale_buttons_get_silence_or_a_polite_answer()
    {
        var id = Some.UserId();
        var sent = await AskAsync(id, "/start");
        _api.EnqueueUpdate(new JsonObject
        {
            ["message"] = new JsonObject
            {
                ["message_id"] = 9001, ["date"] = 1, ["chat"] = new JsonObject { ["id"] = id, ["type"] = "private", ["first_name"] = "U" },
                ["from"] = new JsonObject { ["id"] = id, ["is_bot"] = false, ["first_name"] = "U" },
                ["photo"] = new JsonArray(new JsonObject { ["file_id"] = "f", ["file_unique_id"] = "u", ["width"] = 10, ["height"] = 10 }),
            },
        });
        _api.EnqueueMessage(id, "just saying hello");
        foreach (var data in new[] { "news:l:0:zzzz", "news:l:999:0123456789abcdef", "sub:t:999", "nothing-we-know", "news:s:0123456789abcdef:" + new string('я', 40) })
            _api.EnqueueCallback(id, id, sent.MessageId, data);
        await Eventually.TrueAsync(() => _api.CallbackAnswers.Count >= 5, "every button press is answered");
        Assert.All(_api.CallbackAnswers, a => Assert.Equal("This button is no longer active.", a.Text));
        await AssertSilentAsync(id, earlier: 1);
        Assert.DoesNotContain(_service.Logs.Lines, l => l.StartsWith("Error"));
    }

    [Fact]
    public async Task Sections_buttons_and_subscribe_commands_choose_what_arrives()
    {
        Publish(1, "Economy", "Rates");
        // The article's fan-out ends before this reader starts, so no copy of it races the replies below.
        await Eventually.TrueAsync(() => Store.Outbox.NextFanout() is null, "the article's fan-out is done");
        var id = Some.UserId();
        await AskAsync(id, "/start");
        var sections = await AskAsync(id, "/sections");
        Assert.Equal(["✅ Economy", "✅ Politics"], sections.Buttons.Select(b => b.Text));

        _api.EnqueueCallback(id, id, sections.MessageId, sections.Buttons[0].CallbackData!);
        await Eventually.TrueAsync(() => _api.Edits.Count >= 1, "the buttons are updated");
        Assert.Equal(["➕ Economy", "✅ Politics"], _api.Edits[^1].Buttons.Select(b => b.Text));
        Assert.Equal("Unsubscribed from Economy.", _api.CallbackAnswers[^1].Text);
        var politics = Store.Articles.FindSection("Politics")!.Id;
        Assert.Equal([politics], Store.Readers.Get(id)!.Sections);

        Assert.Equal("Unsubscribed from all sections. /subscribe brings them back.", (await AskAsync(id, "/unsubscribe all")).VisibleText);
        Assert.Empty(Store.Readers.Get(id)!.Sections!);
        Assert.Equal("Subscribed to Economy.", (await AskAsync(id, "/subscribe economy")).VisibleText);
        Assert.Equal("Subscribed to all sections.", (await AskAsync(id, "/subscribe")).VisibleText);
        Assert.Null(Store.Readers.Get(id)!.Sections);
        Assert.Equal("Unsubscribed from Politics.", (await AskAsync(id, "/unsubscribe Politics")).VisibleText);
        Assert.Equal([Store.Articles.FindSection("Economy")!.Id], Store.Readers.Get(id)!.Sections);

        Assert.StartsWith("Daily digest at 08:05 (Europe/Kyiv)", (await AskAsync(id, "/digest 8:05")).VisibleText);
        Assert.Equal(485, Store.Readers.Get(id)!.DigestMinute);
        Assert.StartsWith("Digest off", (await AskAsync(id, "/digest off")).VisibleText);
        Assert.Null(Store.Readers.Get(id)!.DigestMinute);
        Assert.StartsWith("Stopped", (await AskAsync(id, "/stop")).VisibleText);
        Assert.False(Store.Readers.Get(id)!.Active);
        Assert.StartsWith("Welcome back", (await AskAsync(id, "/start")).VisibleText);
    }

    [Fact]
    public async Task In_groups_only_commands_addressed_to_the_bot_or_replies_to_it_count()
    {
        const long group = -4242;
        _api.EnqueueMessage(group, "/latest", fromId: 777, chatType: "group");
        _api.EnqueueMessage(group, "/latest@OtherBot", fromId: 777, chatType: "group");
        await AssertSilentAsync(group);

        var start = await AskAsync(group, "/start@NewsTestBot", chatType: "group");
        Assert.Contains("subscribed", start.VisibleText);
        Assert.True(Store.Readers.Get(group)!.IsGroup);

        var before = _api.Sent.Count;
        _api.EnqueueUpdate(new JsonObject
        {
            ["message"] = new JsonObject
            {
                ["message_id"] = 9002, ["date"] = 1, ["text"] = "/latest",
                ["chat"] = new JsonObject { ["id"] = group, ["type"] = "group", ["title"] = "G" },
                ["from"] = new JsonObject { ["id"] = 777, ["is_bot"] = false, ["first_name"] = "U" },
                ["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = 7 }),
                ["reply_to_message"] = new JsonObject
                {
                    ["message_id"] = start.MessageId, ["date"] = 1, ["text"] = "hi",
                    ["chat"] = new JsonObject { ["id"] = group, ["type"] = "group", ["title"] = "G" },
                    ["from"] = new JsonObject { ["id"] = FakeBotApi.BotId, ["is_bot"] = true, ["first_name"] = "Bot", ["username"] = FakeBotApi.BotUsername },
                },
            },
        });
        await _api.WaitForSentAsync(before + 1, TimeSpan.FromSeconds(10));
        Assert.Equal("No articles yet.", _api.Sent[^1].VisibleText);
    }

    [Fact]
    public async Task A_reply_over_telegrams_4096_characters_comes_as_several_messages_listing_everything()
    {
        var now = DateTime.UtcNow;
        for (var i = 0; i < 20; i++)
            Store.AddPublished(new ArticleRecord
            {
                Key = $"long-{i}", Url = $"https://news.example/{new string('p', 300)}/{i}", Title = $"{i:00} " + string.Join(' ', Enumerable.Repeat("Parliament", 40)),
                Section = "Politics", State = ArticleState.Published, FoundAt = now, PublishedAt = now.AddMinutes(-i), PostHtml = "<b>x</b>",
            }, [], now);
        var reader = Some.UserId();
        var before = _api.Sent.Count;
        _api.EnqueueMessage(reader, "/latest 20", fromId: reader);

        await Eventually.TrueAsync(() => _api.Sent.Skip(before).Count(m => m.ChatId == reader.ToString()) >= 2, "the list in more than one message");
        await Task.Delay(500);
        var parts = _api.Sent.Skip(before).Where(m => m.ChatId == reader.ToString()).ToList();
        Assert.All(parts, p => Assert.True(p.VisibleText.Length <= 4096, $"{p.VisibleText.Length} characters"));
        var all = string.Join("\n", parts.Select(p => p.VisibleText));
        for (var i = 0; i < 20; i++) Assert.Contains($"{i:00} Parliament", all);
        Assert.NotNull(parts[^1].Buttons.SingleOrDefault(b => b.Text == "More"));
    }

    [Fact]
    public async Task Only_a_groups_administrators_change_what_the_group_receives()
    {
        const long group = -4343, member = 888;
        await AskAsync(group, "/start@NewsTestBot", chatType: "group");
        Assert.True(Store.Readers.Get(group)!.Active);
        _api.SetMember(group, member, "member");

        foreach (var command in new[] { "/stop@NewsTestBot", "/unsubscribe@NewsTestBot all", "/digest@NewsTestBot 08:00", "/lang@NewsTestBot uk" })
        {
            var before = _api.Sent.Count;
            _api.EnqueueMessage(group, command, fromId: member, chatType: "group");
            await _api.WaitForSentAsync(before + 1, TimeSpan.FromSeconds(10));
            Assert.Equal("Only the group's administrators can change what this group receives.", _api.Sent.Skip(before).First(m => m.ChatId == group.ToString()).VisibleText);
        }
        var reader = Store.Readers.Get(group)!;
        Assert.True(reader.Active);
        Assert.Null(reader.Sections);
        Assert.Null(reader.DigestMinute);

        Assert.StartsWith("Stopped", (await AskAsync(group, "/stop@NewsTestBot", chatType: "group")).VisibleText);
        Assert.False(Store.Readers.Get(group)!.Active);
    }
}
