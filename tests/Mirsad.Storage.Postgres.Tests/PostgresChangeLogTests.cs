using Mirsad.Core.Articles;
using Mirsad.Storage.Contract;
using Mirsad.Storage.Contract.Postgres;
using Npgsql;

namespace Mirsad.Storage.Postgres.Tests;

/// <summary>
/// The change log under concurrent writers from several nodes: numbers are given in commit order (each
/// article write holds the change-log row until it commits), so a follower reading "changes after n"
/// never passes over a change that commits later.
/// </summary>
public sealed class PostgresChangeLogTests : IAsyncLifetime
{
    private string _connection = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _connection = await TestPostgres.CreateDatabaseAsync(Ct);

    public async ValueTask DisposeAsync() => await TestPostgres.DropDatabaseAsync(_connection);

    [Fact]
    public async Task ConcurrentWritersOnFourNodes_FollowerMissesNoChange_AndSequencesAreDense()
    {
        const int Nodes = 4, Batches = 20, PerBatch = 5;
        var databases = Enumerable.Range(0, Nodes).Select(_ => new PostgresDatabase(_connection)).ToList();
        var stores = databases.Select(d => new PostgresArticleStore(d, TimeProvider.System)).ToList();
        await stores[0].CurrentSequenceAsync(Ct); // migrate once before the race
        using var writing = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var seen = new List<ArticleChange>();
        long applied = 0;

        // The follower reads as the index follower does, on its own node, while the writers run.
        var follower = Task.Run(
            async () =>
            {
                var follower = new PostgresArticleStore(new PostgresDatabase(_connection), TimeProvider.System);
                while (!writing.IsCancellationRequested)
                {
                    var changes = await follower.ChangesSinceAsync(applied, 7, Ct);
                    seen.AddRange(changes);
                    applied = changes.Count > 0 ? changes[^1].Sequence : applied;
                }
            },
            Ct);
        var writers = stores.Select((store, node) => Task.Run(
            async () =>
            {
                for (var b = 0; b < Batches; b++)
                {
                    await store.SaveAsync([.. Enumerable.Range(0, PerBatch).Select(i => Samples.Article($"n{node}-b{b:D2}-{i}", $"Node {node} batch {b} story {i}"))], Ct);
                }
            },
            Ct)).ToList();
        await Task.WhenAll(writers);
        await writing.CancelAsync();
        await follower;
        seen.AddRange(await stores[0].ChangesSinceAsync(applied, 10_000, Ct));

        const int Total = Nodes * Batches * PerBatch;
        Assert.Equal(Total, await stores[0].CurrentSequenceAsync(Ct));
        Assert.Equal(Enumerable.Range(1, Total).Select(i => (long)i), seen.Select(c => c.Sequence)); // every change, once, in order
        Assert.Equal(Total, seen.Select(c => c.Id).Distinct().Count());
        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Save_WhileAnotherTransactionHoldsTheChangeLog_WaitsForItsCommit()
    {
        await using var database = new PostgresDatabase(_connection);
        var store = new PostgresArticleStore(database, TimeProvider.System);
        await store.SaveAsync([Samples.Article("first")], Ct);

        await using var holder = new NpgsqlConnection(_connection);
        await holder.OpenAsync(Ct);
        await using var transaction = await holder.BeginTransactionAsync(Ct);
        await using (var lockRow = new NpgsqlCommand("SELECT value FROM article_sequence FOR UPDATE", holder, transaction))
        {
            Assert.Equal(1L, await lockRow.ExecuteScalarAsync(Ct));
        }

        var save = store.SaveAsync([Samples.Article("second")], Ct);
        await WaitUntilBlockedAsync(holder);
        Assert.False(save.IsCompleted);
        Assert.Equal(["first"], (await store.ChangesSinceAsync(0, 10, Ct)).Select(c => c.Id));

        await using (var advance = new NpgsqlCommand("UPDATE article_sequence SET value = value + 1", holder, transaction))
        {
            await advance.ExecuteNonQueryAsync(Ct); // as a writer on another node would
        }

        await transaction.CommitAsync(Ct);
        Assert.Equal(3, (await save).Sequence);
        Assert.Equal([(1L, "first"), (3L, "second")], (await store.ChangesSinceAsync(0, 10, Ct)).Select(c => (c.Sequence, c.Id)));
    }

    // Polls (generously) until some backend of this database waits on a lock.
    private static async Task WaitUntilBlockedAsync(NpgsqlConnection holder)
    {
        await using var probe = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(holder.ConnectionString) { Pooling = false }.ConnectionString);
        await probe.OpenAsync(Ct);
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(60); waited += TimeSpan.FromMilliseconds(50))
        {
            await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", probe);
            if ((long)(await command.ExecuteScalarAsync(Ct))! > 0)
            {
                return;
            }

            await Task.Delay(50, Ct);
        }

        Assert.Fail("The save never waited for the change-log lock.");
    }
}
