using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Mirsad.Core.Search;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Completes what a reader is typing: keywords whose name has a word starting with the last word typed
/// (or with the whole text), and the newest headlines containing every word typed, the last one as a
/// prefix of at least two letters.
/// </summary>
internal sealed class Completer(Analyzer analyzer)
{
    private const int MinPrefix = 2;
    private const int MaxWords = 8;

    public Completions Complete(IndexSearcher searcher, string text, int count)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return Completions.None;
        }

        var words = Words(text);
        if (words.Count == 0 || (words.Count == 1 && words[0].Length < MinPrefix))
        {
            return Completions.None;
        }

        var names = KeywordNames.For(searcher.IndexReader);
        var keywords = names.Complete(text, count);
        if (keywords.Count == 0 && words.Count > 1)
        {
            keywords = names.Complete(words[^1], count);
        }

        return new Completions(keywords, Headlines(searcher, words, text.EndsWith(' '), count));
    }

    private static List<HeadlineCompletion> Headlines(IndexSearcher searcher, List<string> words, bool lastComplete, int count)
    {
        var query = new BooleanQuery(disableCoord: true);
        for (var i = 0; i < words.Count; i++)
        {
            var term = new Term(LuceneFields.HeadlineWords, words[i]);
            if (i < words.Count - 1 || lastComplete)
            {
                query.Add(new TermQuery(term), Occur.MUST);
            }
            else if (words[i].Length >= MinPrefix)
            {
                query.Add(new PrefixQuery(term), Occur.MUST);
            }
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var top = searcher.Search(query, null, count, LuceneSearcher.NewestFirst);
        return top.ScoreDocs.Select(sd => LuceneSearcher.HitAt(searcher, sd.Doc, 0, string.Empty))
            .Select(h => new HeadlineCompletion(h.Slug, h.Headline, h.Language)).ToList();
    }

    private List<string> Words(string text) => analyzer.Tokens(LuceneFields.HeadlineWords, text, MaxWords).Select(t => t.Text).ToList();
}
