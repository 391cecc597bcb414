using Microsoft.Extensions.DependencyInjection;
using Mirsad.Storage.Contract;
using Mirsad.Storage.Contract.Postgres;

namespace Mirsad.Storage.Postgres.Tests;

/// <summary>The PostgreSQL store under the contract tests: a new database on the test server (see <see cref="TestPostgres"/>).</summary>
internal sealed class PostgresBackend : IStoreBackend
{
    private string? _connection;

    public async ValueTask AddStoreAsync(IServiceCollection services)
    {
        _connection = await TestPostgres.CreateDatabaseAsync();
        services.AddPostgresStorage(_connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await TestPostgres.DropDatabaseAsync(_connection);
        }
    }
}
