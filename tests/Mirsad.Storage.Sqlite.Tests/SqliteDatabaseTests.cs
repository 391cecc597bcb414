namespace Mirsad.Storage.Sqlite.Tests;

/// <summary>What only the SQLite store does; everything a store must do is in the contract (SqliteContractTests).</summary>
public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Open_NewFile_AppliesMigrationsInWalMode()
    {
        var db = new SqliteDatabase(Path.Combine(_dir.Path, "m.db"));
        Assert.True(db.SchemaVersion() >= 1);
        using var connection = db.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }
}
