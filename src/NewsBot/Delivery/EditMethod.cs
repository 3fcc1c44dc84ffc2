namespace NewsBot.Delivery;

/// <summary>Which Bot API method makes a message show a corrected post. Pure.</summary>
/// <remarks>editMessageText changes a text message, editMessageCaption a photo's caption, editMessageMedia its photo (and adds a photo
/// to a text message). A photo cannot be taken off a message, so a post that lost its image keeps the old photo with the new caption.</remarks>
public enum EditMethod { Text, Caption, Media }

public static class EditMethods
{
    /// <param name="shownPhoto">The photo the message shows now; null for a text message.</param>
    /// <param name="photo">The corrected post's photo, if any.</param>
    public static EditMethod For(string? shownPhoto, string? photo) => (shownPhoto, photo) switch
    {
        (null, null) => EditMethod.Text,
        (null, _) => EditMethod.Media,
        (_, null) => EditMethod.Caption,
        var (shown, wanted) => shown == wanted ? EditMethod.Caption : EditMethod.Media,
    };

    /// <summary>The photo the message shows after the edit.</summary>
    public static string? PhotoAfter(string? shownPhoto, string? photo, EditMethod method) => method == EditMethod.Media ? photo : shownPhoto;
}
