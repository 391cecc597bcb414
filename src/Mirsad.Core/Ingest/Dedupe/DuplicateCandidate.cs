namespace Mirsad.Core.Ingest.Dedupe;

/// <summary>An item a store found for one of <see cref="DuplicateFinder"/>'s questions.</summary>
/// <param name="Id">The item found.</param>
/// <param name="DuplicateOf">The original of its chain, when it is itself a duplicate.</param>
/// <param name="Distance">For a text match, how many of the 64 fingerprint bits differ.</param>
public sealed record DuplicateCandidate(long Id, long? DuplicateOf, int Distance = 0)
{
    /// <summary>The original of the chain: a duplicate of a duplicate points at the original.</summary>
    public long Root => DuplicateOf ?? Id;
}
