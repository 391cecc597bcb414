using System.Globalization;
using Microsoft.Data.Sqlite;
using Mirsad.Core.Search.Semantic;

namespace Mirsad.Storage.Sqlite;

/// <summary>
/// Articles' meaning vectors in a SQLite file of their own beside the index (derived data: deleting the
/// file makes the background rebuild it from the store). Vectors are kept as half-precision floats, 768
/// bytes an article; each batch and the position it reaches are written in one transaction, so a killed
/// process never leaves vectors ahead of or behind their position.
/// </summary>
public sealed class SqliteDocumentVectors : IDocumentVectors
{
    private readonly string _path;
    private readonly string _connectionString;
    private readonly Lazy<long> _position;
    private long _written;

    /// <summary>
    /// Uses the vector file at <paramref name="path"/>, created by the first write (a read-only site that
    /// only searches never creates it; without it every article reads as having no vector yet).
    /// </summary>
    public SqliteDocumentVectors(string path)
    {
        _path = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _position = new Lazy<long>(ReadPosition);
    }

    /// <inheritdoc />
    public long Position => Math.Max(_position.Value, Interlocked.Read(ref _written));

    /// <inheritdoc />
    public IReadOnlyDictionary<string, float[]> Get(IReadOnlyList<string> ids)
    {
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        Read(ids, "vector", reader => found[reader.GetString(0)] = Decode((byte[])reader.GetValue(1)));
        return found;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, long> TextHashes(IReadOnlyList<string> ids)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        Read(ids, "text_hash", reader => found[reader.GetString(0)] = reader.GetInt64(1));
        return found;
    }

    /// <inheritdoc />
    public void Apply(IReadOnlyList<DocumentVector> vectors, IReadOnlyList<string> deleted, long position)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(deleted);
        using var connection = Open();
        Create(connection);
        using var transaction = connection.BeginTransaction();
        using (var upsert = connection.CreateCommand())
        {
            upsert.CommandText = "INSERT INTO vectors (id, text_hash, vector) VALUES ($id, $hash, $vector) ON CONFLICT (id) DO UPDATE SET text_hash = excluded.text_hash, vector = excluded.vector";
            var id = upsert.Parameters.Add("$id", SqliteType.Text);
            var hash = upsert.Parameters.Add("$hash", SqliteType.Integer);
            var blob = upsert.Parameters.Add("$vector", SqliteType.Blob);
            foreach (var vector in vectors)
            {
                (id.Value, hash.Value, blob.Value) = (vector.Id, vector.TextHash, Encode(vector.Vector));
                upsert.ExecuteNonQuery();
            }
        }

        using (var delete = connection.CreateCommand())
        {
            delete.CommandText = "DELETE FROM vectors WHERE id = $id";
            var id = delete.Parameters.Add("$id", SqliteType.Text);
            foreach (var gone in deleted)
            {
                id.Value = gone;
                delete.ExecuteNonQuery();
            }
        }

        using (var move = connection.CreateCommand())
        {
            move.CommandText = "INSERT INTO meta (key, value) VALUES ('position', $position) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
            move.Parameters.AddWithValue("$position", position.ToString(CultureInfo.InvariantCulture));
            move.ExecuteNonQuery();
        }

        transaction.Commit();
        Interlocked.Exchange(ref _written, position);
    }

    private void Read(IReadOnlyList<string> ids, string column, Action<SqliteDataReader> row)
    {
        if (ids.Count == 0 || !File.Exists(_path))
        {
            return;
        }

        using var connection = Open();
        Create(connection);
        using var select = connection.CreateCommand();
        var names = new List<string>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            names.Add("$p" + i.ToString(CultureInfo.InvariantCulture));
            select.Parameters.AddWithValue(names[^1], ids[i]);
        }

        select.CommandText = $"SELECT id, {column} FROM vectors WHERE id IN ({string.Join(", ", names)})";
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    private long ReadPosition()
    {
        if (!File.Exists(_path))
        {
            return 0;
        }

        using var connection = Open();
        Create(connection);
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT value FROM meta WHERE key = 'position'";
        return read.ExecuteScalar() is string value ? long.Parse(value, CultureInfo.InvariantCulture) : 0;
    }

    private static void Create(SqliteConnection connection)
    {
        using var create = connection.CreateCommand();
        create.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS vectors (id TEXT PRIMARY KEY, text_hash INTEGER NOT NULL, vector BLOB NOT NULL) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """;
        create.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static byte[] Encode(float[] vector)
    {
        var bytes = new byte[vector.Length * 2];
        for (var i = 0; i < vector.Length; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 2), (Half)vector[i]);
        }

        return bytes;
    }

    private static float[] Decode(byte[] bytes)
    {
        var vector = new float[bytes.Length / 2];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)BitConverter.ToHalf(bytes, i * 2);
        }

        return vector;
    }
}
