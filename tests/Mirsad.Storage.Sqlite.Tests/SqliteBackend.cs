using Microsoft.Extensions.DependencyInjection;
using Mirsad.Storage.Contract;

namespace Mirsad.Storage.Sqlite.Tests;

/// <summary>The SQLite store under the contract tests: a new database file in a temporary directory.</summary>
internal sealed class SqliteBackend : IStoreBackend
{
    private readonly TempDirectory _dir = new();

    public ValueTask AddStoreAsync(IServiceCollection services)
    {
        services.AddSqliteStorage(Path.Combine(_dir.Path, "mirsad.db"));
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }
}
