using Microsoft.Extensions.Logging;
using Mirsad.Core.Search;

namespace Mirsad.Core.Articles;

/// <summary>
/// Writes articles to the store and keeps the search index in step. The store is the source of truth:
/// each save advances its change sequence, and the index applies changes in sequence order, replaying
/// any it missed (another process wrote, or this one crashed between the two) from the store.
/// </summary>
public sealed class ArticleArchive(IArticleStore store, ISearchIndex index, ILogger<ArticleArchive> logger) : IDisposable
{
    private const int ReplayBatch = 1_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _storeGate = new(1, 1);
    private long _applied = index.CommittedSequence;
    private long _pendingCommit = -1;

    /// <summary>The store the archive writes to.</summary>
    public IArticleStore Store => store;

    /// <summary>The index the archive keeps in step.</summary>
    public ISearchIndex Index => index;

    /// <summary>
    /// Saves articles in one store transaction and applies them to the index. With
    /// <paramref name="commit"/> false the index change is made durable by a later <see cref="CommitAsync"/>
    /// (bulk imports); until then a crash is repaired from the store on the next start.
    /// </summary>
    public async Task<SaveResult> SaveAsync(IReadOnlyList<Article> articles, bool commit = true, CancellationToken cancellationToken = default)
    {
        var result = await StoreAsync(articles, cancellationToken);
        await IndexAsync(result, commit, cancellationToken);
        return result;
    }

    /// <summary>
    /// Saves those <paramref name="articles"/> that nobody saved since they were read: each one's stored
    /// change sequence must still be the one in <paramref name="readAt"/>. For background work that
    /// derives an article from a copy read earlier (keyword refinement), so it never writes an older
    /// version over an editor's later save. The check and the write happen under the same lock as every
    /// other save of this archive.
    /// </summary>
    public async Task<SaveResult> SaveUnlessChangedAsync(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, long> readAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(readAt);
        SaveResult result;
        await _storeGate.WaitAsync(cancellationToken);
        try
        {
            var now = await store.SequencesAsync([.. articles.Select(a => a.Id)], cancellationToken);
            var unchanged = articles.Where(a => readAt.TryGetValue(a.Id, out var then) && now.TryGetValue(a.Id, out var current) && then == current).ToList();
            result = await store.SaveAsync(unchanged, cancellationToken);
        }
        finally
        {
            _storeGate.Release();
        }

        await IndexAsync(result, commit: true, cancellationToken);
        return result;
    }

    /// <summary>
    /// The first half of <see cref="SaveAsync"/>: writes the store only. The caller must pass the result
    /// to <see cref="IndexAsync"/>, in the order the saves were made, so that a bulk import can write
    /// the next batch to the store while the index takes the previous one.
    /// </summary>
    public async Task<SaveResult> StoreAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        await _storeGate.WaitAsync(cancellationToken);
        try
        {
            return await store.SaveAsync(articles, cancellationToken);
        }
        finally
        {
            _storeGate.Release();
        }
    }

    /// <summary>The second half of <see cref="SaveAsync"/>: applies a stored batch to the index.</summary>
    public async Task IndexAsync(SaveResult result, bool commit, CancellationToken cancellationToken = default)
    {
        if (!index.IsWritable || result.Saved.Count == 0)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (result.Sequence <= _applied)
            {
                // Already applied by a replay.
            }
            else if (_applied == result.Sequence - result.Saved.Count)
            {
                index.Upsert(result.Saved);
                _applied = result.Sequence;
            }
            else
            {
                await ReplayAsync(cancellationToken); // someone else wrote in between: take the store's order
            }

            _pendingCommit = _applied;
            if (commit)
            {
                CommitLocked();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Deletes an article from the store and the index.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var deleted = await store.DeleteAsync(id, cancellationToken);
            if (deleted && index.IsWritable)
            {
                await ReplayAsync(cancellationToken);
                CommitLocked();
            }

            return deleted;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Makes index changes made so far durable.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            CommitLocked();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies to the index every store change it has not seen; returns how many were applied.</summary>
    public async Task<int> SyncAsync(CancellationToken cancellationToken = default)
    {
        if (!index.IsWritable)
        {
            return 0;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var applied = await ReplayAsync(cancellationToken);
            if (applied > 0)
            {
                _pendingCommit = _applied;
                CommitLocked();
                logger.LogInformation("Search index brought up to date: {Count} changes applied", applied);
            }

            return applied;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Empties the index and indexes every stored article again.</summary>
    public async Task<int> RebuildAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            index.Clear();
            _applied = 0;
            var applied = await ReplayAsync(cancellationToken, progress);
            _pendingCommit = _applied;
            CommitLocked();
            return applied;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _gate.Dispose();
        _storeGate.Dispose();
    }

    private async Task<int> ReplayAsync(CancellationToken cancellationToken, IProgress<int>? progress = null)
    {
        var total = 0;
        while (true)
        {
            var changes = await store.ChangesSinceAsync(_applied, ReplayBatch, cancellationToken);
            if (changes.Count == 0)
            {
                return total;
            }

            index.Upsert(changes.Where(c => c.Article is not null).Select(c => c.Article!));
            index.Delete(changes.Where(c => c.Article is null).Select(c => c.Id));
            _applied = changes[^1].Sequence;
            total += changes.Count;
            progress?.Report(total);
        }
    }

    private void CommitLocked()
    {
        if (_pendingCommit >= 0 && index.IsWritable)
        {
            index.Commit(_pendingCommit);
            _pendingCommit = -1;
        }
    }
}
