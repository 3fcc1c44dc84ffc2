using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NewsBot.Web;
using static NewsBot.Web.Page;

namespace NewsBot.Playground;

/// <summary>`GET /playground` (SPEC §5a, playground mode only): the channel beside the visitor's chat with the bot, refreshed by a
/// small script that polls for changes; writing and pressing buttons are plain form posts, so the page works without it too.</summary>
public static class PlaygroundEndpoints
{
    private const string ScriptPath = "/playground/playground.js";

    public static IEndpointRouteBuilder MapPlayground(this IEndpointRouteBuilder app)
    {
        app.MapGet("/playground", (HttpContext context, PlaygroundView view, SampleSite site) =>
        {
            var (visitor, t) = Read(context.Request.Query["as"], context.Request);
            return Html(context, visitor.Language, t.Title, Render(view, site, visitor, t), ScriptPath);
        });
        app.MapGet("/playground/view", (HttpContext context, PlaygroundView view) =>
        {
            var (visitor, t) = Read(context.Request.Query["as"], context.Request);
            var version = view.Version;
            context.Response.Headers.CacheControl = "no-store";
            if (context.Request.Headers.IfNoneMatch == version) return Results.StatusCode(StatusCodes.Status304NotModified);
            return Results.Json(new { Version = version, Channel = view.Channel(t), Chat = view.Chat(visitor, t) },
                new JsonSerializerOptions(JsonSerializerDefaults.Web));
        });
        app.MapPost("/playground/say", async (HttpContext context, PlaygroundChat chat) =>
        {
            if (!context.Request.HasFormContentType) return Results.BadRequest();
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var (visitor, _) = Read(form["as"], context.Request, form["lang"]);
            return chat.Say(visitor, form["text"]) ? Done(context, visitor) : Results.BadRequest($"Write 1 to {PlaygroundChat.MaxLength} characters.");
        });
        app.MapPost("/playground/press", async (HttpContext context, PlaygroundChat chat) =>
        {
            if (!context.Request.HasFormContentType) return Results.BadRequest();
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var (visitor, _) = Read(form["as"], context.Request, form["lang"]);
            var pressed = int.TryParse(form["message"], NumberStyles.None, CultureInfo.InvariantCulture, out var message) && chat.Press(visitor, message, form["data"]);
            return pressed ? Done(context, visitor) : Results.BadRequest("That message has no such button.");
        });
        app.MapGet("/playground/site/{**path}", (string? path, HttpContext context, SampleSite site) =>
        {
            var answer = site.Answer("/" + path, null);
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.StatusCode = (int)answer.Status;
            return Results.Bytes(answer.Body, answer.MediaType + (answer.MediaType.StartsWith("image/", StringComparison.Ordinal) ? "" : "; charset=utf-8"));
        });
        app.MapGet(ScriptPath, () => Results.Text(PlaygroundScript.Source, "text/javascript; charset=utf-8"));
        return app;
    }

    private static (Visitor Visitor, PlaygroundTexts Texts) Read(string? role, HttpRequest request, string? language = null)
    {
        var lang = language is "uk" or "en" ? language : Language(request);
        return (Visitor.From(role, lang), PlaygroundTexts.For(lang));
    }

    /// <summary>The script's posts get 204; a plain form post is sent back to the page (303 See Other).</summary>
    private static IResult Done(HttpContext context, Visitor visitor)
    {
        if (context.Request.Headers.ContainsKey("X-Playground")) return Results.NoContent();
        context.Response.Headers.Location = $"/playground?as={visitor.Role}&lang={visitor.Language}";
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static string Render(PlaygroundView view, SampleSite site, Visitor visitor, PlaygroundTexts t)
    {
        var lang = visitor.Language;
        var other = lang == "uk" ? ("en", "English") : ("uk", "Українська");
        var example = site.ForEditor(lang).Url;
        var hint = visitor.IsEditor ? string.Format(CultureInfo.InvariantCulture, t.EditorHint, example) : t.ReaderHint;
        string Switch(bool editor, string label) =>
            $"""<a href="/playground?as={(editor ? "editor" : "reader")}&lang={lang}" class="{(editor == visitor.IsEditor ? "on" : "")}" data-role="{(editor ? "editor" : "reader")}">{E(label)}</a>""";
        return $"""
            <header class="top"><h1>{E(t.Title)}</h1><span class="muted">{E(t.Explanation)}</span>
            <a href="/?lang={lang}">{E(t.Dashboard)}</a> <a href="/playground?as={visitor.Role}&lang={other.Item1}" lang="{other.Item1}">{other.Item2}</a></header>
            <main class="playground" data-version="{E(view.Version)}">
            <section class="pane" id="channel"><header><h2>{E(PlaygroundMode.ChannelTitle)}</h2><span class="muted">{E(t.Channel)} {E(PlaygroundMode.Channel)}</span></header>
            <div class="feed" id="channel-feed">{view.Channel(t)}</div></section>
            <section class="pane" id="chat"><header><h2>{E(t.Chat)}</h2><span class="switch">{E(t.WriteAs)}: {Switch(false, t.Reader)} {Switch(true, t.Editor)}</span></header>
            <div class="feed" id="chat-feed">{view.Chat(visitor, t)}</div>
            <form class="say" method="post" action="/playground/say" data-live><input type="hidden" name="as" value="{visitor.Role}">
            <input type="hidden" name="lang" value="{lang}"><input type="text" name="text" placeholder="{E(t.Placeholder)}" maxlength="{PlaygroundChat.MaxLength}" autocomplete="off" autofocus required>
            <button type="submit">{E(t.Send)}</button></form>
            <p class="hint">{E(hint)}</p></section>
            </main>
            """;
    }
}
