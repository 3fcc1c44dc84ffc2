using System.Net;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Web;

/// <summary>The HTML shell of the dashboard and the playground: rendered on the server, one stylesheet and at most one small script
/// served from here, no build chain; everything from outside is escaped.</summary>
public static class Page
{
    public const string StylesheetPath = "/assets/newsbot.css";

    /// <summary>Only this origin's scripts and styles; images from anywhere (posts show their sites' photos).</summary>
    private const string Policy = "default-src 'self'; img-src 'self' http: https: data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>"uk" when asked for (?lang=uk) or when the browser prefers Ukrainian or Russian, else "en".</summary>
    public static string Language(HttpRequest request)
    {
        var asked = request.Query["lang"].ToString();
        if (asked is "uk" or "en") return asked;
        var preferred = request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault()?.Value.Value ?? "";
        return preferred.StartsWith("uk", StringComparison.OrdinalIgnoreCase) || preferred.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? "uk" : "en";
    }

    public static IResult Html(HttpContext context, string language, string title, string body, string? script = null)
    {
        context.Response.Headers.ContentSecurityPolicy = Policy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "no-store";
        var scriptTag = script is null ? "" : $"""<script src="{script}" defer></script>""";
        return Results.Content($"""
            <!DOCTYPE html>
            <html lang="{language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)}</title><link rel="stylesheet" href="{StylesheetPath}">{scriptTag}</head>
            <body>{body}</body></html>
            """, "text/html; charset=utf-8");
    }

    public static IResult Stylesheet() => Results.Text(Css, "text/css; charset=utf-8");

    private const string Css = """
        :root { --ink: #1d2733; --muted: #6b7785; --line: #dde3ea; --accent: #2a7ab8; --bad: #b3261e; --good: #2e7d32; --chat: #e6ebf0; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f5f7fa; }
        header.top { display: flex; gap: 1rem; align-items: center; padding: .7rem 1.2rem; background: #fff; border-bottom: 1px solid var(--line); }
        header.top h1 { font-size: 1.1rem; margin: 0; flex: 1; }
        header.top a { color: var(--accent); text-decoration: none; }
        main { padding: 1rem 1.2rem; max-width: 1200px; margin: 0 auto; }
        section.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .8rem 1rem; margin-bottom: 1rem; }
        section.card h2 { font-size: 1rem; margin: 0 0 .6rem; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; font-size: .92rem; }
        th { color: var(--muted); font-weight: 600; }
        .muted { color: var(--muted); } .bad { color: var(--bad); } .good { color: var(--good); }
        .figures { display: flex; gap: 1.5rem; flex-wrap: wrap; } .figures b { font-size: 1.4rem; display: block; }
        .playground { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; align-items: start; }
        @media (max-width: 800px) { .playground { grid-template-columns: 1fr; } }
        .pane { background: #fff; border: 1px solid var(--line); border-radius: 8px; display: flex; flex-direction: column; height: calc(100vh - 7rem); min-height: 420px; }
        .pane > header { padding: .6rem .9rem; border-bottom: 1px solid var(--line); display: flex; gap: .6rem; align-items: center; flex-wrap: wrap; }
        .pane > header h2 { font-size: 1rem; margin: 0; flex: 1; }
        .feed { flex: 1; overflow-y: auto; padding: .8rem; background: var(--chat); }
        .message { background: #fff; border-radius: 10px; margin: 0 0 .7rem; max-width: 480px; overflow: hidden; box-shadow: 0 1px 1px rgba(0,0,0,.08); }
        .message.mine { margin-left: auto; background: #e3f6d4; }
        .message.deleted { opacity: .55; } .message.deleted .text { text-decoration: line-through; }
        .message img { display: block; width: 100%; max-height: 300px; object-fit: cover; background: #ccd; }
        .message .text { padding: .5rem .7rem; white-space: pre-wrap; overflow-wrap: anywhere; }
        .message .meta { padding: 0 .7rem .4rem; font-size: .78rem; color: var(--muted); text-align: right; }
        .message .spoiler { background: #999; color: transparent; border-radius: 3px; }
        .message blockquote { margin: .2rem 0; padding-left: .6rem; border-left: 3px solid var(--accent); }
        .buttons { display: grid; gap: 2px; padding: 2px; }
        .buttons .row { display: flex; gap: 2px; }
        .buttons form { flex: 1; margin: 0; display: flex; }
        .buttons a, .buttons button { flex: 1; display: block; text-align: center; padding: .45rem; background: #f0f4f8; color: var(--accent); border: 0; border-radius: 6px; font: inherit; text-decoration: none; cursor: pointer; }
        .buttons a:hover, .buttons button:hover { background: #e2eaf2; }
        .notice { text-align: center; font-size: .82rem; color: var(--muted); margin: 0 0 .7rem; }
        form.say { display: flex; gap: .5rem; padding: .6rem; border-top: 1px solid var(--line); }
        form.say input[type=text] { flex: 1; padding: .5rem .6rem; border: 1px solid var(--line); border-radius: 6px; font: inherit; }
        form.say button, .switch a { padding: .45rem .8rem; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: #fff; font: inherit; cursor: pointer; text-decoration: none; }
        .switch a { background: #fff; color: var(--accent); font-size: .85rem; padding: .25rem .6rem; }
        .switch a.on { background: var(--accent); color: #fff; }
        .hint { font-size: .85rem; color: var(--muted); padding: 0 .9rem .6rem; }
        code { background: #eef2f6; padding: 0 .25rem; border-radius: 3px; }
        """;
}
