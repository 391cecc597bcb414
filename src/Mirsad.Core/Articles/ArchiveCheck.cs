namespace Mirsad.Core.Articles;

/// <summary>
/// Compares the store with the search index (the published articles' ids, and how far the index has
/// followed the store's changes), and repairs a difference: the changes the index missed are replayed,
/// and if it still differs it is rebuilt from the store (by the process that writes it).
/// </summary>
public sealed class ArchiveCheck(ArticleArchive archive)
{
    /// <summary>How many differing ids a result names.</summary>
    public const int SampleSize = 20;

    // How long a repair waits for another process's writer to catch up before it rebuilds.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Compares store and index as they are now (the index as of its writer's last commit, read first, so
    /// that a process writing meanwhile shows as the index lagging, not as articles it should not have).
    /// </summary>
    public async Task<ArchiveCheckResult> CheckAsync(CancellationToken cancellationToken = default)
    {
        var index = archive.Index;
        index.Refresh();
        var indexSequence = index.CommittedSequence;
        var indexed = index.Ids();
        var stored = await archive.Store.PublishedIdsAsync(cancellationToken);
        var storedSet = stored.Ids.ToHashSet(StringComparer.Ordinal);
        var missing = stored.Ids.Where(id => !indexed.Contains(id)).Order(StringComparer.Ordinal).ToList();
        var extra = indexed.Where(id => !storedSet.Contains(id)).Order(StringComparer.Ordinal).ToList();
        return new ArchiveCheckResult(
            stored.Sequence,
            indexSequence,
            storedSet.Count,
            indexed.Count,
            [.. missing.Take(SampleSize)],
            [.. extra.Take(SampleSize)],
            missing.Count,
            extra.Count);
    }

    /// <summary>
    /// Brings the index in step with the store: replays what it missed (here when this process can take
    /// the writer, else waiting for the process that writes it) and, when ids still differ, rebuilds it
    /// (asking that process when it is another one, and waiting). Returns the check after the repair.
    /// </summary>
    public async Task<ArchiveCheckResult> RepairAsync(Action<string>? asked = null, CancellationToken cancellationToken = default)
    {
        await archive.SyncAsync(cancellationToken);
        var result = await CheckAsync(cancellationToken);
        if (result.IndexSequence < result.StoreSequence)
        {
            await archive.WaitUntilIndexedAsync(result.StoreSequence, Patience, cancellationToken);
            result = await CheckAsync(cancellationToken);
        }

        if (result.MissingCount > 0 || result.NotInStoreCount > 0)
        {
            await archive.ReindexAsync(asked, null, cancellationToken);
            result = await CheckAsync(cancellationToken);
        }

        return result;
    }
}
