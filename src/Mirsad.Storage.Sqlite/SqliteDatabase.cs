using Microsoft.Data.Sqlite;

namespace Mirsad.Storage.Sqlite;

/// <summary>
/// The SQLite file behind the default store: opens connections with Mirsad's settings (WAL, foreign
/// keys, a busy timeout) and brings the schema up to date on first use.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly Lock _migrateLock = new();
    private bool _migrated;

    /// <summary>Uses (and creates when missing) the database file at <paramref name="path"/>.</summary>
    public SqliteDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

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
