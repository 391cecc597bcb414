using Lucene.Net.Search;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Re-ranks the best matches of a query: adds the score of the proximity query (pairs of query
/// words close together) and, when asked, blends in freshness. Only the candidates are visited:
/// each leaf's scorer is advanced to them in document order, so the cost does not grow with the
/// number of matches.
/// </summary>
internal static class Reranker
{
    /// <summary>
    /// How many of the best matches are re-ranked: all that were asked for, and at least three pages'
    /// worth of a ten-hit page. Proximity and freshness add at most a quarter or so to a score, so a
    /// match below that depth by BM25 almost never belongs on the first page.
    /// </summary>
    public static int Depth(int wanted) => Math.Max(wanted, 30);

    public static ScoreDoc[] Rerank(IndexSearcher searcher, ScoreDoc[] candidates, Query? proximity, bool fresh)
    {
        if (candidates.Length == 0 || (proximity is null && !fresh))
        {
            return candidates;
        }

        var byDoc = candidates.Select(c => new ScoreDoc(c.Doc, c.Score)).OrderBy(c => c.Doc).ToArray();
        var leaves = searcher.IndexReader.Leaves;
        var weight = proximity is null ? null : searcher.CreateNormalizedWeight(proximity);
        var newest = fresh ? Freshness.NewestSeconds(searcher.IndexReader) : 0;
        var i = 0;
        foreach (var leaf in leaves)
        {
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            if (i >= byDoc.Length || byDoc[i].Doc >= end)
            {
                continue;
            }

            var scorer = weight?.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            var dates = fresh ? leaf.AtomicReader.GetNumericDocValues(LuceneFields.DateValues) : null;
            for (; i < byDoc.Length && byDoc[i].Doc < end; i++)
            {
                var local = byDoc[i].Doc - leaf.DocBase;
                if (scorer is not null && (scorer.DocID >= local || scorer.Advance(local) != DocIdSetIterator.NO_MORE_DOCS) && scorer.DocID == local)
                {
                    byDoc[i].Score += scorer.GetScore();
                }

                if (dates is not null)
                {
                    byDoc[i].Score *= Freshness.Factor(dates.Get(local), newest);
                }
            }
        }

        return byDoc.OrderByDescending(c => c.Score).ThenBy(c => c.Doc).ToArray();
    }
}
