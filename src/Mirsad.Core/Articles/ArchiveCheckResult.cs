namespace Mirsad.Core.Articles;

/// <summary>What <see cref="ArchiveCheck"/> found when it compared the store with the search index.</summary>
/// <param name="StoreSequence">The store's change sequence.</param>
/// <param name="IndexSequence">The store sequence the index's last commit reflects.</param>
/// <param name="Stored">Published articles in the store (the ones that should be searchable).</param>
/// <param name="Indexed">Articles in the index.</param>
/// <param name="MissingFromIndex">Published in the store, absent from the index (a sample, at most <see cref="ArchiveCheck.SampleSize"/>).</param>
/// <param name="NotInStore">In the index but not published in the store (a sample).</param>
/// <param name="MissingCount">How many are missing from the index in all.</param>
/// <param name="NotInStoreCount">How many the index has that it should not, in all.</param>
public sealed record ArchiveCheckResult(
    long StoreSequence,
    long IndexSequence,
    int Stored,
    int Indexed,
    IReadOnlyList<string> MissingFromIndex,
    IReadOnlyList<string> NotInStore,
    int MissingCount,
    int NotInStoreCount)
{
    /// <summary>True when the index holds exactly the published articles and has caught up with the store.</summary>
    public bool InStep => MissingCount == 0 && NotInStoreCount == 0 && IndexSequence == StoreSequence;
}
