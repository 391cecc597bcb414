using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Mirsad.Storage.Sqlite;

/// <summary>
/// Applies the numbered SQL scripts embedded under Migrations/ ("0001_initial.sql", ...) that the
/// database has not seen yet, each in its own write transaction, recording them in schema_migrations.
/// </summary>
internal static class SqliteMigrator
{
    private const string Prefix = "Mirsad.Storage.Sqlite.Migrations.";

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static HashSet<int> AppliedVersions(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_migrations";
        using var reader = command.ExecuteReader();
        var versions = new HashSet<int>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    /// <summary>The embedded scripts the database has not seen (none when it is up to date).</summary>
    public static IReadOnlyList<string> Pending(SqliteConnection connection)
    {
        using (var exists = connection.CreateCommand())
        {
            exists.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
            if (Convert.ToInt32(exists.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
            {
                return [.. Scripts().Select(s => s.Name)];
            }
        }

        var applied = AppliedVersions(connection);
        return [.. Scripts().Where(s => !applied.Contains(s.Version)).Select(s => s.Name)];
    }

    /// <summary>Applies, in version order, every embedded script not yet recorded (so scripts merged out of order still run).</summary>
    public static void Migrate(SqliteConnection connection)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
            create.ExecuteNonQuery();
        }

        var applied = AppliedVersions(connection);
        foreach (var (version, name, sql) in Scripts().Where(s => !applied.Contains(s.Version)))
        {
            // Two processes may open a new database at once: the write lock is taken first, and a
            // script the other one applied meanwhile is skipped.
            using var transaction = connection.BeginTransaction(deferred: false);
            using (var done = connection.CreateCommand())
            {
                done.Transaction = transaction;
                done.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE version = $v";
                done.Parameters.AddWithValue("$v", version);
                if (Convert.ToInt32(done.ExecuteScalar(), CultureInfo.InvariantCulture) > 0)
                {
                    continue;
                }
            }

            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = sql;
                command.ExecuteNonQuery();
            }

            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $t)";
                record.Parameters.AddWithValue("$v", version);
                record.Parameters.AddWithValue("$n", name);
                record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private static IEnumerable<(int Version, string Name, string Sql)> Scripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[Prefix.Length..];
            var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (version, name, reader.ReadToEnd());
        }
    }
}
