using Npgsql;

namespace Mirsad.Storage.Postgres;

/// <summary>
/// The PostgreSQL database behind the store: one pooled data source for the process, the schema brought
/// up to date on first use (under an advisory lock, so nodes starting together migrate once).
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _migrateLock = new(1, 1);
    private volatile bool _migrated;

    /// <summary>Uses the database named by <paramref name="connection"/> (an Npgsql connection string or postgres:// URL).</summary>
    public PostgresDatabase(string connection)
    {
        ConnectionString = PostgresConnectionString.Normalize(connection);
        DataSource = new NpgsqlDataSourceBuilder(ConnectionString).Build();
    }

    /// <summary>The normalised Npgsql connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>The pooled data source (for work that needs its own long-lived connection, such as a session lock).</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>Where the store is, without its password.</summary>
    public string Description => PostgresConnectionString.Describe(ConnectionString);

    /// <summary>Opens a pooled connection, migrating the schema first if this process has not yet done so.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        await EnsureMigratedAsync(cancellationToken);
        return await DataSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>The highest schema version applied.</summary>
    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await PostgresMigrator.CurrentVersionAsync(connection, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        _migrateLock.Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        DataSource.Dispose();
        _migrateLock.Dispose();
    }

    private async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (_migrated)
        {
            return;
        }

        await _migrateLock.WaitAsync(cancellationToken);
        try
        {
            if (!_migrated)
            {
                await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
                await PostgresMigrator.MigrateAsync(connection, cancellationToken);
                _migrated = true;
            }
        }
        finally
        {
            _migrateLock.Release();
        }
    }
}
