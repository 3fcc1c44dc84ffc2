using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace NewsBot.Tests.Browser;

/// <summary>The playground and the dashboard in a real browser (headless Chromium through Playwright).</summary>
public sealed class PlaygroundBrowserTests(PlaygroundBrowser world) : IClassFixture<PlaygroundBrowser>
{
    private SampleSite Site => world.Service.Host.Services.GetRequiredService<SampleSite>();

    [BrowserFact]
    public async Task The_playground_shows_a_channel_post_with_its_photo_and_read_more_button()
    {
        var page = await world.OpenAsync("/playground?lang=en");
        var story = Site.FeedStories[0];

        var post = page.Locator("#channel-feed .message").Filter(new() { HasText = story.Title });
        await Expect(post).ToBeVisibleAsync();
        await Expect(post.Locator("b").First).ToHaveTextAsync(story.Title);
        await Expect(post.GetByRole(AriaRole.Link, new() { Name = "Read more" })).ToHaveAttributeAsync("href", $"/playground/site/{story.Lang}/{story.Slug}");
        // The channel re-renders as it refreshes, so the photo is looked up afresh on every try (no element handle is kept).
        var photo = post.Locator("img");
        await Expect(photo).ToBeVisibleAsync();
        await Expect(photo).ToHaveJSPropertyAsync("complete", true);
        await Expect(photo).Not.ToHaveJSPropertyAsync("naturalWidth", 0);
    }

    [BrowserFact]
    public async Task Latest_typed_in_the_chat_is_answered()
    {
        var page = await world.OpenAsync("/playground?as=reader&lang=en");
        await Expect(page.Locator("#channel-feed .message").First).ToBeVisibleAsync();

        await page.GetByPlaceholder("Write a message…").FillAsync("/latest");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await Expect(page.Locator("#chat-feed .message.mine").Last).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^/latest"));
        // The answer lists the newest stories, each title a link to its page.
        var answer = page.Locator("#chat-feed .message:not(.mine)").Filter(new() { Has = page.Locator("a[href^='/playground/site/']") });
        await Expect(answer.First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task An_editors_post_from_the_chat_appears_in_the_channel()
    {
        var page = await world.OpenAsync("/playground?lang=en");
        await page.Locator(".switch a[data-role=editor]").ClickAsync();
        await Expect(page.Locator(".switch a.on")).ToHaveTextAsync("editor");
        var story = Site.ForEditor("en");

        await page.GetByPlaceholder("Write a message…").FillAsync($"/post {story.Url}");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#channel-feed .message").Filter(new() { HasText = story.Title })).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task The_dashboard_renders_in_english_and_in_ukrainian()
    {
        var playground = await world.OpenAsync("/playground");
        await Expect(playground.Locator("#channel-feed .message").First).ToBeVisibleAsync();

        var page = await world.OpenAsync("/?lang=en");

        await Expect(page.Locator("h1")).ToHaveTextAsync("NewsBot dashboard");
        await Expect(page.Locator("#feeds")).ToContainTextAsync(SampleSite.FeedUrl.ToString());
        await Expect(page.Locator("#posts")).ToContainTextAsync(Site.FeedStories[0].Title);
        await page.GetByRole(AriaRole.Link, new() { Name = "Українська" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Панель NewsBot");
        await Expect(page.Locator("#posts h2")).ToHaveTextAsync("Останні дописи");
    }
}
