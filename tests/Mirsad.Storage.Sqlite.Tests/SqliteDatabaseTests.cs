using Mirsad.Core.Articles;

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

    [Fact]
    public async Task Open_ManyOpenersOfANewFileAtOnce_EachScriptRunsOnce()
    {
        // As two processes starting on a fresh data directory: each has its own SqliteDatabase.
        var path = Path.Combine(_dir.Path, "m.db");
        var openers = Enumerable.Range(0, 6).Select(_ => Task.Run(() => new SqliteDatabase(path).SchemaVersion(), TestContext.Current.CancellationToken)).ToList();
        var versions = await Task.WhenAll(openers);

        Assert.Single(versions.Distinct());
        var store = new SqliteArticleStore(new SqliteDatabase(path), TimeProvider.System);
        var saved = await store.SaveAsync([new Article { Id = "1", Slug = "", Headline = "After the race", Body = [ArticleBlock.Paragraph("Text.")] }], TestContext.Current.CancellationToken);
        Assert.Equal(1, saved.Sequence);
    }
}
