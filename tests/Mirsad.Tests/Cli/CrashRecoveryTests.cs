using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Mirsad.Core.Articles;
using Mirsad.Search.Lucene;
using Mirsad.Storage.Sqlite;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Cli;

public sealed class CrashRecoveryTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Sync_StoreAheadOfIndex_ReplaysTheMissingChanges()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new SqliteArticleStore(new SqliteDatabase(Path.Combine(_dir.Path, "mirsad.db")), TimeProvider.System);

        // The store commits, then the process dies before the index hears of it.
        await store.SaveAsync([new Article { Id = "1", Slug = "", Headline = "Stored before the crash", Body = [ArticleBlock.Paragraph("Hmeimim base.")] }], ct);
        await store.DeleteAsync("1", ct);
        await store.SaveAsync([new Article { Id = "2", Slug = "", Headline = "Second story", Body = [ArticleBlock.Paragraph("Tartus port.")] }], ct);

        using var index = LuceneSearchIndex.OpenForWriting(Path.Combine(_dir.Path, "index"));
        using var archive = new ArticleArchive(store, index, NullLogger<ArticleArchive>.Instance, TimeProvider.System);
        Assert.Equal(0, index.Count);
        var applied = await archive.SyncAsync(ct);
        Assert.Equal(2, applied);
        Assert.Equal(1, index.Count);
        Assert.Equal(await store.CurrentSequenceAsync(ct), index.CommittedSequence);
        Assert.Equal(0, await archive.SyncAsync(ct));
    }

    [Fact]
    public async Task Import_KilledMidway_LeavesAConsistentStoreAndIndexThatTheNextRunCompletes()
    {
        var corpus = SharedData.Require("reuters/articles.jsonl.gz");
        var program = Path.Combine(AppContext.BaseDirectory, "mirsad.dll");
        var data = Path.Combine(_dir.Path, "data");
        using (var import = Process.Start(new ProcessStartInfo("dotnet", ["exec", program, "--data", data, "import", corpus]) { RedirectStandardOutput = true, RedirectStandardError = true })!)
        {
            // Kill once a batch is in the store, long before the import could finish. (Waiting a fixed
            // time instead failed on a loaded machine: the first batch was not stored yet.)
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (StoredArticles(Path.Combine(data, "mirsad.db")) == 0 && DateTime.UtcNow < deadline && !import.HasExited)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }

            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var ct = TestContext.Current.CancellationToken;
        var stored = new SqliteArticleStore(new SqliteDatabase(Path.Combine(data, "mirsad.db")), TimeProvider.System);
        var count = await stored.CountAsync(cancellationToken: ct);
        Assert.InRange(count, 1, 19_042);
        Assert.Equal(0, count % 500); // whole batches only: each is one transaction

        // A search reads the index as the killed import left it, and says that it lags the store.
        var search = await CliRunner.RunAsync("--data", data, "search", "the", "--json");
        Assert.Equal(0, search.ExitCode);
        using (var index = LuceneSearchIndex.OpenReadOnly(Path.Combine(data, "index")))
        {
            Assert.True(index.Count < count);
            Assert.Contains("note: the search index reflects the store up to change", search.Error, StringComparison.Ordinal);
        }

        // And importing again finishes the job without duplicates.
        var again = await CliRunner.RunAsync("--data", data, "import", corpus);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"unchanged={count}", again.Out, StringComparison.Ordinal);
        Assert.Equal(19_043, await stored.CountAsync(cancellationToken: ct));
    }

    private static long StoredArticles(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM articles";
            return (long)command.ExecuteScalar()!;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // the schema is not there yet
        }
    }
}
