namespace Mirsad.Core.Search.Semantic;

/// <summary>
/// Which ranking additions past BM25 run for the queries they suit (see the index's rules): pseudo-relevance
/// feedback and the hybrid re-rank by meaning. Both are on; `mirsad bench relevance` turns each off to
/// measure what it adds.
/// </summary>
/// <param name="Feedback">Expand a described need with the words of its best matches (RM3).</param>
/// <param name="Meaning">Re-rank a described need's best matches by meaning (with an <see cref="ISearchReranker"/>).</param>
public sealed record SearchRanking(bool Feedback = true, bool Meaning = true)
{
    /// <summary>Everything on: what the site runs.</summary>
    public static SearchRanking Default { get; } = new();
}
