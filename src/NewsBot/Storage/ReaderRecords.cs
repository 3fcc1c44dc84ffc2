namespace NewsBot.Storage;

/// <summary>A reader (a private chat) or a group that subscribed: what it wants, in which language, and whether it still takes messages.</summary>
public sealed class ReaderRecord
{
    /// <summary>The Telegram chat id (positive for people, negative for groups).</summary>
    public long Id { get; set; }
    public bool IsGroup { get; set; }

    /// <summary>False after /stop, a 403 or a "kicked" update; the record is kept and /start resumes.</summary>
    public bool Active { get; set; }

    /// <summary>The language chosen with /lang ("en", "uk"), or null to follow Telegram's language_code.</summary>
    public string? Language { get; set; }

    /// <summary>The language_code Telegram reported last.</summary>
    public string? TelegramLanguage { get; set; }

    /// <summary>Ids of the sections subscribed to, or null for every section (new ones included).</summary>
    public List<int>? Sections { get; set; }

    /// <summary>Minutes after local midnight of the daily digest, or null for instant messages.</summary>
    public int? DigestMinute { get; set; }
    public string? StopReason { get; set; }
    public DateTime JoinedAt { get; set; }
    public DateTime ChangedAt { get; set; }

    public bool Wants(int? sectionId) => Sections is null || (sectionId is { } id && Sections.Contains(id));

    /// <summary>The chat id as the outbox keys it.</summary>
    public string Chat => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public ChatKind Kind => IsGroup ? ChatKind.Group : ChatKind.Private;

    /// <summary>The interface language ("en" or "uk"): the /lang choice, else Telegram's language_code.</summary>
    public string InterfaceLanguage => Language ?? LanguageOf(TelegramLanguage);

    /// <summary>Ukrainian for Ukrainian (and Russian) Telegram clients, English otherwise.</summary>
    public static string LanguageOf(string? languageCode) =>
        languageCode is not null && (languageCode.StartsWith("uk", StringComparison.OrdinalIgnoreCase) || languageCode.StartsWith("ru", StringComparison.OrdinalIgnoreCase))
            ? "uk" : "en";
}
