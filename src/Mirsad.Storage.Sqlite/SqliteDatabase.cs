using Microsoft.Data.Sqlite;

namespace Mirsad.Storage.Sqlite;

/// <summary>
/// The SQLite file behind the default store: opens connections with Mirsad's settings (WAL, foreign
/// keys, a busy timeout) and brings the schema up to date on first use. Opened read-only it changes
/// nothing, not even the schema; on a read-only disk it reads the file as immutable (a WAL database
/// otherwise needs to create its shared-memory file beside it).
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly Lock _migrateLock = new();
    private readonly SqliteAccess _access;
    private bool _migrated;

    /// <summary>Uses (and creates when missing) the database file at <paramref name="path"/>.</summary>
    public SqliteDatabase(string path)
        : this(path, SqliteAccess.ReadWrite)
    {
    }

    /// <summary>Uses the database file at <paramref name="path"/> with the given access; only <see cref="SqliteAccess.ReadWrite"/> creates it.</summary>
    public SqliteDatabase(string path, SqliteAccess access)
    {
        Path = System.IO.Path.GetFullPath(path);
        _access = access;
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory) && access == SqliteAccess.ReadWrite)
        {
            Directory.CreateDirectory(directory);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = access == SqliteAccess.Immutable ? "file:" + Uri.EscapeDataString(Path).Replace("%2F", "/", StringComparison.Ordinal) + "?immutable=1" : Path,
            Mode = access == SqliteAccess.ReadWrite ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadOnly,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Whether this process only reads the database.</summary>
    public bool IsReadOnly => _access != SqliteAccess.ReadWrite;

    /// <summary>Opens a connection, migrating the schema first if this process has not yet done so.</summary>
    public SqliteConnection Open()
    {
        EnsureMigrated();
        return OpenRaw();
    }

    /// <summary>The schema version applied.</summary>
    public int SchemaVersion()
    {
        using var connection = Open();
        return SqliteMigrator.CurrentVersion(connection);
    }

    private SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    private void EnsureMigrated()
    {
        if (Volatile.Read(ref _migrated))
        {
            return;
        }

        lock (_migrateLock)
        {
            if (_migrated)
            {
                return;
            }

            using var connection = OpenRaw();
            if (IsReadOnly)
            {
                // Nothing may be changed; a store an older Mirsad wrote needs its upgrade first.
                if (SqliteMigrator.Pending(connection) is { Count: > 0 } pending)
                {
                    throw new InvalidOperationException($"The store {Path} needs upgrading ({string.Join(", ", pending)}), which a read-only data directory does not allow: run Mirsad once with write access.");
                }

                Volatile.Write(ref _migrated, true);
                return;
            }

            using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                wal.ExecuteNonQuery();
            }

            SqliteMigrator.Migrate(connection);
            Volatile.Write(ref _migrated, true);
        }
    }
}
