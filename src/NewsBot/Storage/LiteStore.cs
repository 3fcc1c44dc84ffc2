using LiteDB;

namespace NewsBot.Storage;

/// <summary>
/// The LiteDB engine: one file, one <see cref="LiteDatabase"/>, one write lock, and a store per entity over it. Thread-safe.
/// A second engine (PostgreSQL, for several nodes) implements the same entity interfaces.
/// </summary>
public sealed class LiteStore : IDisposable
{
    internal const int DuplicateKey = 110;
    private readonly LiteDatabase _db;

    public LiteStore(string path, TimeProvider? time = null)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        // Strings are stored as given: LiteDB's default mapper would turn "" into null and trim whitespace.
        var mapper = new BsonMapper { EmptyStringToNull = false, TrimWhitespace = false };
        _db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, mapper) { UtcDate = true };
        OutboxWork = new Signal(time ?? TimeProvider.System);
        NewsroomWork = new Signal(time ?? TimeProvider.System);
        ArticleRows = _db.GetCollection<ArticleRecord>("articles");
        SectionRows = _db.GetCollection<SectionRecord>("sections");
        DeliveryRows = _db.GetCollection<DeliveryRecord>("deliveries");
        FanoutRows = _db.GetCollection<FanoutRecord>("fanouts");
        ChatRows = _db.GetCollection<ChatRecord>("chats");
        ReaderRows = _db.GetCollection<ReaderRecord>("readers");
        ScheduleRows = _db.GetCollection<ScheduleRecord>("schedules");
        Articles = new LiteArticles(this);
        Outbox = new LiteOutbox(this);
        Readers = new LiteReaders(this);
        Newsroom = new LiteNewsroom(this);
        Feeds = new LiteFeedStates(this);
        Settings = new LiteSettings(this);
    }

    public IArticles Articles { get; }
    public IOutbox Outbox { get; }
    public IReaders Readers { get; }
    public INewsroom Newsroom { get; }
    public IFeedStates Feeds { get; }
    public ISettings Settings { get; }

    internal LiteDatabase Db => _db;
    internal Lock Write { get; } = new();
    internal Signal OutboxWork { get; }
    internal Signal NewsroomWork { get; }
    internal ILiteCollection<ArticleRecord> ArticleRows { get; }
    internal ILiteCollection<SectionRecord> SectionRows { get; }
    internal ILiteCollection<DeliveryRecord> DeliveryRows { get; }
    internal ILiteCollection<FanoutRecord> FanoutRows { get; }
    internal ILiteCollection<ChatRecord> ChatRows { get; }
    internal ILiteCollection<ReaderRecord> ReaderRows { get; }
    internal ILiteCollection<ScheduleRecord> ScheduleRows { get; }

    /// <summary>Runs <paramref name="work"/> under the write lock in one LiteDB transaction; an exception rolls it back.</summary>
    internal T Transaction<T>(Func<T> work)
    {
        lock (Write)
        {
            _db.BeginTrans();
            try
            {
                var result = work();
                _db.Commit();
                return result;
            }
            catch
            {
                _db.Rollback();
                throw;
            }
        }
    }

    /// <summary>Inserts a row whose unique key may exist already; false when it did.</summary>
    internal static bool TryInsert<T>(ILiteCollection<T> rows, T row)
    {
        try
        {
            rows.Insert(row);
            return true;
        }
        catch (LiteException e) when (e.ErrorCode == DuplicateKey)
        {
            return false;
        }
    }

    public void Dispose() => _db.Dispose();
}
