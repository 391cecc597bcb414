namespace Mirsad.Core.Search.Semantic;

/// <summary>Re-orders the best matches of a query by something the index cannot see (their meaning).</summary>
public interface ISearchReranker
{
    /// <summary>
    /// The candidates (best first, with the index's scores) in a new order with new scores, or null to keep
    /// the index's order (nothing known about some of them).
    /// </summary>
    IReadOnlyList<RankedCandidate>? Rerank(string query, IReadOnlyList<RankedCandidate> candidates);
}
