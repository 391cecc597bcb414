using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Pseudo-relevance feedback after Lavrenko and Croft's relevance model, interpolated with the query
/// (RM3, as Anserini runs it): the best few matches of the query are read again, each word's share of
/// an article weighed by the article's share of the matches' score, and the heaviest words join the
/// query, so articles that say the same thing in other words are found. The articles' text comes from
/// the stored fields and is analyzed as the index analyzed it.
/// </summary>
internal sealed class FeedbackExpander(Analyzer analyzer)
{
    /// <summary>How many of the best matches are read for feedback (Anserini's default, as the two below).</summary>
    public const int Documents = 10;

    // How many feedback words join the query, and λ, their share of it against 1 - λ for the words typed.
    private const int Terms = 10;
    private const double Weight = 0.5;

    private static readonly HashSet<string> TextFields = [LuceneFields.Body, LuceneFields.Standfirst];

    /// <summary>
    /// The query expanded with the feedback words of <paramref name="top"/> in <paramref name="field"/>,
    /// or null when there is nothing to add.
    /// </summary>
    public Query? Expand(IndexSearcher searcher, Query query, ScoreDoc[] top, string field)
    {
        var feedback = top.Take(Documents).Where(sd => sd.Score > 0).ToArray();
        if (feedback.Length == 0)
        {
            return null;
        }

        var docWeights = feedback.Select(sd => (double)sd.Score).ToArray();
        var docTotal = docWeights.Sum();
        var model = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < feedback.Length; i++)
        {
            var counts = TermCounts(searcher, feedback[i].Doc, field);
            var length = counts.Values.Sum();
            if (length == 0)
            {
                continue;
            }

            foreach (var (term, count) in counts)
            {
                model[term] = model.GetValueOrDefault(term) + (docWeights[i] / docTotal * count / length);
            }
        }

        var queryTerms = new HashSet<Term>();
        query.ExtractTerms(queryTerms);
        var terms = model
            .Where(kv => kv.Key.Length > 1 && !kv.Key.All(char.IsDigit))
            .Select(kv => (Term: new Term(field, kv.Key), Weight: kv.Value))
            .OrderByDescending(t => t.Weight)
            .ThenBy(t => t.Term.Text, StringComparer.Ordinal)
            .Take(Terms)
            .ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        var total = terms.Sum(t => t.Weight);
        var expansion = new BooleanQuery(disableCoord: true);
        foreach (var (term, weight) in terms)
        {
            expansion.Add(new TermQuery(term) { Boost = (float)(weight / total) }, Occur.SHOULD);
        }

        // The query's own words weigh as much as they did (1 - λ); the feedback words share λ between them,
        // scaled to the number of words typed so a long query is not drowned out by ten feedback words.
        var typed = Math.Max(1, queryTerms.Count(t => t.Field == field));
        expansion.Boost = (float)(Weight * typed / (1 - Weight));
        return new BooleanQuery(disableCoord: true) { { query, Occur.SHOULD }, { expansion, Occur.SHOULD } };
    }

    private Dictionary<string, int> TermCounts(IndexSearcher searcher, int docId, string field)
    {
        var hit = LuceneSearcher.HitAt(searcher, docId, 0, string.Empty);
        if (LuceneFields.Text(LuceneFields.AnalysisLanguage(hit.Language)) != field)
        {
            return [];
        }

        var stored = searcher.Doc(docId, TextFields);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in new[] { hit.Headline, hit.Headline, stored.Get(LuceneFields.Standfirst), stored.Get(LuceneFields.Body) })
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            foreach (var (token, _) in analyzer.Tokens(field, text, int.MaxValue))
            {
                counts[token] = counts.GetValueOrDefault(token) + 1;
            }
        }

        return counts;
    }
}
