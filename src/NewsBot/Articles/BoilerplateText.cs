using System.Text.RegularExpressions;

namespace NewsBot.Articles;

/// <summary>Recognises text that is never news: photo credits and captions, "read also", subscribe and share calls, tags, copyright.</summary>
internal static partial class BoilerplateText
{
    [GeneratedRegex(@"^\W*(photo|photos|фото|світлина|image|picture|credit|credits|illustration|ілюстрація|иллюстрация|video|відео|видео)\s*(:|by\b|—|-)", RegexOptions.IgnoreCase, ShortText.TimeoutMilliseconds)]
    internal static partial Regex Credit();

    [GeneratedRegex(@"^\W*((read also|also read|read more|read next|see also|more on this|читайте також|читайте также|читайте тоже|дивіться також|смотрите также|більше новин|больше новостей|lire aussi|voir aussi|lesen sie auch|mehr zum thema|lee también|leer más|leia também|leia mais|veja também|čtěte také|čtěte též)(?!\w)|(related|recommended|more from|по темі|по теме|на тему|читайте|read|lire|lesen|lee|leia|čtěte)\s*:)", RegexOptions.IgnoreCase, ShortText.TimeoutMilliseconds)]
    internal static partial Regex ReadAlso();

    [GeneratedRegex(@"^\W*(subscribe|sign up|follow us|join us on|share this|share on|click here|download our app|get our|підписуйтесь|підпишіться|подписывайтесь|подпишитесь|приєднуйтесь|присоединяйтесь|поділитися|поделиться|tags|теги|теґи|мітки|метки|copyright|all rights reserved|advertisement|реклама)\b", RegexOptions.IgnoreCase, ShortText.TimeoutMilliseconds)]
    internal static partial Regex Call();

    [GeneratedRegex(@"(photo|фото|image|credit)\s*:|getty images|shutterstock|©|\(c\)\s|ap photo|reuters/|afp/|epa/|all rights reserved|newsletter|telegram[- ]канал|our telegram|в telegram|у telegram", RegexOptions.IgnoreCase, ShortText.TimeoutMilliseconds)]
    internal static partial Regex ShortMarker();

    /// <summary>True when <paramref name="text"/> (a paragraph or sentence) is a credit, caption, cross-link or call to action.</summary>
    public static bool IsBoilerplate(string text)
    {
        if (ShortText.Matches(Credit(), text) || ShortText.Matches(ReadAlso(), text) || ShortText.Matches(Call(), text))
            return true;
        return text.Length < 160 && ShortText.Matches(ShortMarker(), text);
    }
}
