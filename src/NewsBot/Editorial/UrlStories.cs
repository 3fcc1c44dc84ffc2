using NewsBot.Commands;
using NewsBot.Network;
using NewsBot.Publication;
using NewsBot.Summaries;

namespace NewsBot.Editorial;

/// <summary>Reads the URL an editor gave (/post, /preview, /schedule) into a story, answering each bad input clearly: not http(s), page failed, not an article.</summary>
public sealed class UrlStories(StoryReader stories, EditorDesk desk)
{
    /// <summary>The story, or null after telling the editor why not.</summary>
    public async Task<Story?> ReadAsync(Command command, string text, EditorReplies.Texts t, CancellationToken ct)
    {
        if (EditorInput.Url(text) is not { } url)
        {
            await desk.ReplyAsync(command, string.Format(t.BadUrl, text), ct);
            return null;
        }
        Story story;
        try
        {
            story = await stories.ReadPageAsync(url, ct);
        }
        catch (FetchException e)
        {
            await desk.ReplyAsync(command, string.Format(t.PageFailed, e.Message), ct);
            return null;
        }
        if (story.Summary.Count == 0)
        {
            await desk.ReplyAsync(command, t.NotArticle, ct);
            return null;
        }
        return story;
    }
}
