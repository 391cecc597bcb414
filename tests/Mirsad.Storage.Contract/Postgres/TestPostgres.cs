using Npgsql;

namespace Mirsad.Storage.Contract.Postgres;

/// <summary>
/// The PostgreSQL server the tests of one test process share: the one named by MIRSAD_TEST_POSTGRES (a
/// superuser's connection string; .ci/run starts one and sets it), else one started here for the
/// process. The PostgreSQL tests never skip: with neither, they fail and say what is missing.
/// Each test gets a database of its own.
/// </summary>
public static class TestPostgres
{
    /// <summary>The variable naming the test server.</summary>
    public const string EnvironmentVariable = "MIRSAD_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Server = new(StartAsync);
    private static int _counter;

    /// <summary>A superuser's connection string to the server's postgres database.</summary>
    public static Task<string> AdminConnectionAsync() => Server.Value;

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public static async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var admin = await Server.Value;
        var name = $"mirsad_test_{Environment.ProcessId}_{Interlocked.Increment(ref _counter)}_{Guid.NewGuid():N}"[..48];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing its connections.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(await Server.Value);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<string> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return new NpgsqlConnectionStringBuilder(given) { Pooling = false }.ConnectionString;
        }

        var instance = await PostgresInstance.StartPrimaryAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => instance.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return instance.ConnectionString();
    }
}
