using Microsoft.Extensions.Logging;
using Mirsad.Core.Search;

namespace Mirsad.Core.Articles;

/// <summary>
/// Writes articles to the store and keeps the search index in step. The store is the source of truth:
/// each save advances its change sequence, and the index applies changes in sequence order, replaying
/// any it missed (another process wrote, or this one crashed between the two) from the store. Only the
/// process that holds the index's writer indexes; the archive takes the writer when it first needs it and
/// no other process has it. Otherwise it writes the store only, and the writer (a running
/// <c>mirsad serve</c> follows the store) indexes those changes; <see cref="WaitUntilIndexedAsync(TimeSpan, CancellationToken)"/>
/// waits for that.
/// </summary>
public sealed class ArticleArchive(IArticleStore store, ISearchIndex index, ILogger<ArticleArchive> logger, TimeProvider time) : IDisposable
{
    private const int ReplayBatch = 1_000;

    // A rebuild asked of whichever process writes the index (`mirsad reindex` while `serve` runs), kept
    // as two positions in the store: the latest request and the latest one carried out.
    private const string RebuildRequested = "index-rebuild:requested";
    private const string RebuildDone = "index-rebuild:done";

    private static readonly TimeSpan WaitInterval = TimeSpan.FromMilliseconds(250);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _storeGate = new(1, 1);
    private bool _writer;
    private long _applied;
    private long _pendingCommit = -1;
    private long _written;

    /// <summary>The store the archive writes to.</summary>
    public IArticleStore Store => store;

    /// <summary>The index the archive keeps in step.</summary>
    public ISearchIndex Index => index;

    /// <summary>The highest change sequence this process has written to the store.</summary>
    public long WrittenSequence => Interlocked.Read(ref _written);

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
            result = Wrote(await store.SaveAsync(unchanged, cancellationToken));
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
            return Wrote(await store.SaveAsync(articles, cancellationToken));
        }
        finally
        {
            _storeGate.Release();
        }
    }

    /// <summary>
    /// The second half of <see cref="SaveAsync"/>: applies a stored batch to the index, when this process
    /// writes the index (taking the writer if no other process has it); otherwise the writer will.
    /// </summary>
    public async Task IndexAsync(SaveResult result, bool commit, CancellationToken cancellationToken = default)
    {
        if (result.Saved.Count == 0)
        {
            if (commit)
            {
                await CommitAsync(cancellationToken); // what earlier batches left for this commit
            }

            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!OwnsIndex())
            {
                return;
            }

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
            if (deleted)
            {
                Interlocked.Exchange(ref _written, Math.Max(WrittenSequence, await store.CurrentSequenceAsync(cancellationToken)));
                if (OwnsIndex())
                {
                    await ReplayAsync(cancellationToken);
                    _pendingCommit = _applied;
                    CommitLocked();
                }
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

    /// <summary>
    /// Brings the index up to date with the store when this process writes it (taking the writer if no
    /// other process has it), carrying out a rebuild another process asked for; otherwise follows the
    /// writer's last commit. Returns how many changes were applied.
    /// </summary>
    public async Task<int> SyncAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!OwnsIndex())
            {
                index.Refresh();
                return 0;
            }

            var requested = await store.FollowerPositionAsync(RebuildRequested, cancellationToken);
            if (requested > await store.FollowerPositionAsync(RebuildDone, cancellationToken))
            {
                logger.LogInformation("Rebuilding the search index, as another process asked");
                var rebuilt = await RebuildLockedAsync(null, cancellationToken);
                await store.SetFollowerPositionAsync(RebuildDone, requested, cancellationToken);
                logger.LogInformation("Search index rebuilt: {Count} changes applied, {Documents} articles", rebuilt, index.Count);
                return rebuilt;
            }

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

    /// <summary>
    /// Waits until the index holds every change this process wrote to the store: the writing process's
    /// commits reach them, or it lets go of the index and this process indexes them itself. False when
    /// the index made no progress for <paramref name="patience"/> (the changes stay in the store, and the
    /// writer, or the next process to take it, indexes them).
    /// </summary>
    public Task<bool> WaitUntilIndexedAsync(TimeSpan patience, CancellationToken cancellationToken = default) =>
        WaitUntilIndexedAsync(WrittenSequence, patience, cancellationToken);

    /// <summary>Waits until the index holds the store's changes up to <paramref name="target"/>; see <see cref="WaitUntilIndexedAsync(TimeSpan, CancellationToken)"/>.</summary>
    public async Task<bool> WaitUntilIndexedAsync(long target, TimeSpan patience, CancellationToken cancellationToken = default)
    {
        var seen = -1L;
        var since = time.GetTimestamp();
        while (true)
        {
            await SyncAsync(cancellationToken);
            var committed = index.CommittedSequence;
            if (index.IsWritable || committed >= target)
            {
                return true;
            }

            if (committed > seen)
            {
                (seen, since) = (committed, time.GetTimestamp());
            }
            else if (time.GetElapsedTime(since) > patience)
            {
                return false;
            }

            await Task.Delay(WaitInterval, time, cancellationToken);
        }
    }

    /// <summary>Empties the index and indexes every stored article again, when this process can write the index; null when another process holds it.</summary>
    public async Task<int?> RebuildAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return OwnsIndex() ? await RebuildLockedAsync(progress, cancellationToken) : null;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Rebuilds the index from the store: here when this process can take the writer, else by asking the
    /// process that writes it (through the store; a running <c>mirsad serve</c> does it on its next look
    /// at the store, within seconds) and waiting until it has, or until it lets go of the index and this
    /// process can rebuild it itself. <paramref name="asked"/> is told once when another process is asked.
    /// Returns the changes applied, or null when the other process rebuilt it.
    /// </summary>
    public async Task<int?> ReindexAsync(Action<string>? asked = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        long? ticket = null;
        while (true)
        {
            if (await RebuildAsync(progress, cancellationToken) is { } applied)
            {
                if (ticket is { } mine && await store.FollowerPositionAsync(RebuildDone, cancellationToken) < mine)
                {
                    await store.SetFollowerPositionAsync(RebuildDone, mine, cancellationToken);
                }

                return applied;
            }

            if (ticket is null)
            {
                ticket = await store.FollowerPositionAsync(RebuildRequested, cancellationToken) + 1;
                await store.SetFollowerPositionAsync(RebuildRequested, ticket.Value, cancellationToken);
                asked?.Invoke(index.WriterUnavailableReason ?? "another process writes the search index");
            }
            else if (await store.FollowerPositionAsync(RebuildDone, cancellationToken) >= ticket)
            {
                index.Refresh();
                return null;
            }

            await Task.Delay(WaitInterval, time, cancellationToken);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _gate.Dispose();
        _storeGate.Dispose();
    }

    private SaveResult Wrote(SaveResult result)
    {
        if (result.Saved.Count > 0)
        {
            Interlocked.Exchange(ref _written, Math.Max(WrittenSequence, result.Sequence));
        }

        return result;
    }

    // Under _gate. The first time this process becomes the writer, it starts from what the index's last
    // commit holds; from then on it applies changes in the store's order.
    private bool OwnsIndex()
    {
        if (_writer)
        {
            return true;
        }

        if (!index.TryTakeWriter())
        {
            return false;
        }

        _writer = true;
        _applied = index.CommittedSequence;
        _pendingCommit = -1;
        return true;
    }

    private async Task<int> RebuildLockedAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        index.Clear();
        _applied = 0;
        var applied = await ReplayAsync(cancellationToken, progress);
        _pendingCommit = _applied;
        CommitLocked();
        return applied;
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
        if (_pendingCommit >= 0 && _writer)
        {
            index.Commit(_pendingCommit);
            _pendingCommit = -1;
        }
    }
}
