using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Mirsad.Core.Search;

namespace Mirsad.Search.Lucene;

/// <summary>Runs searches and related-article lookups against one point-in-time searcher.</summary>
internal sealed class LuceneSearcher(Analyzer analyzer)
{
    private static readonly Sort NewestFirst = new(new SortField(LuceneFields.DateValues, SortFieldType.INT64, true));

    private static readonly HashSet<string> SummaryFields =
        [LuceneFields.Id, LuceneFields.Slug, LuceneFields.Headline, LuceneFields.Language, LuceneFields.Source, LuceneFields.SourceName, LuceneFields.Date];

    private readonly LuceneQueryBuilder _builder = new(analyzer);
    private readonly SnippetMaker _snippets = new(analyzer);

    public SearchResults Search(IndexSearcher searcher, SearchRequest request)
    {
        request = request.Normalized();
        var parsed = UserQueryParser.Parse(request.Query);
        var languages = LuceneQueryBuilder.LanguagesFor(parsed, request.Filters.Language);
        var filter = LuceneQueryBuilder.BuildFilter(request.Filters);
        if (parsed.IsEmpty)
        {
            return Execute(searcher, new MatchAllDocsQuery(), filter, request with { Sort = SearchSort.Newest }, parsed, languages, parsed.Message);
        }

        var requireAll = parsed.Groups.Count is >= 2 and <= 4;
        var query = _builder.Build(parsed, languages, requireAll);
        if (query is null)
        {
            return SearchResults.Empty(request, "Every word of the query is too common to search for; try a more specific word.");
        }

        var results = Execute(searcher, query, filter, request, parsed, languages, parsed.Message);
        if (results.Total == 0 && requireAll && _builder.Build(parsed, languages, requireAll: false) is { } loose)
        {
            var note = "No article has all of these words; showing articles with some of them.";
            results = Execute(searcher, loose, filter, request, parsed, languages, parsed.Message is null ? note : parsed.Message + " " + note);
        }

        return results;
    }

    public IReadOnlyList<SearchHit> Related(IndexSearcher searcher, string articleId, int count)
    {
        var idTerm = new Term(LuceneFields.Id, articleId);
        var top = searcher.Search(new TermQuery(idTerm), 1);
        if (top.TotalHits == 0)
        {
            return [];
        }

        var doc = searcher.Doc(top.ScoreDocs[0].Doc);
        var lang = LuceneFields.AnalysisLanguage(doc.Get(LuceneFields.Language));
        var text = doc.Get(LuceneFields.Headline) + "\n" + doc.Get(LuceneFields.Headline) + "\n" + doc.Get(LuceneFields.Body(lang));
        var mlt = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = analyzer,
            FieldNames = [LuceneFields.Body(lang)],
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxDocFreq = Math.Max(2, searcher.IndexReader.MaxDoc / 5),
            MaxQueryTerms = 25,
            MinWordLen = 3,
        };
        using var reader = new StringReader(text);
        var like = mlt.Like(reader, LuceneFields.Body(lang));
        var query = new BooleanQuery { { like, Occur.MUST }, { new TermQuery(idTerm), Occur.MUST_NOT } };
        var hits = searcher.Search(query, count);
        return hits.ScoreDocs.Select(sd => ToHit(searcher.Doc(sd.Doc, SummaryFields), sd.Score, string.Empty)).ToList();
    }

    private SearchResults Execute(IndexSearcher searcher, Query query, Filter? filter, SearchRequest request, ParsedQuery parsed, IReadOnlyList<string> languages, string? message)
    {
        var wanted = request.Page * request.PageSize;
        ITopDocsCollector top = request.Sort == SearchSort.Newest
            ? TopFieldCollector.Create(NewestFirst, wanted, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false)
            : TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);
        FacetCollector? facets = request.Facets ? new FacetCollector() : null;
        searcher.Search(query, filter, facets is null ? top : MultiCollector.Wrap(top, facets));

        var page = top.GetTopDocs((request.Page - 1) * request.PageSize, request.PageSize);
        var fields = request.Snippets ? null : SummaryFields;
        var hits = new List<SearchHit>(page.ScoreDocs.Length);
        foreach (var scoreDoc in page.ScoreDocs)
        {
            var doc = fields is null ? searcher.Doc(scoreDoc.Doc) : searcher.Doc(scoreDoc.Doc, fields);
            var snippet = request.Snippets ? Snippet(doc, parsed) : string.Empty;
            hits.Add(ToHit(doc, float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score, snippet));
        }

        return new SearchResults
        {
            Total = top.TotalHits,
            Hits = hits,
            Facets = facets?.Result(request.FacetSize) ?? SearchFacets.Empty,
            Message = message,
            Request = request,
        };
    }

    private string Snippet(Document doc, ParsedQuery parsed)
    {
        var lang = LuceneFields.AnalysisLanguage(doc.Get(LuceneFields.Language));
        var body = LuceneFields.Body(lang);
        var highlight = parsed.IsEmpty ? null : _builder.HighlightQuery(parsed, body);
        return _snippets.Make(highlight, body, doc.Get(body), doc.Get(LuceneFields.Standfirst(lang)));
    }

    private static SearchHit ToHit(Document doc, float score, string snippet)
    {
        var seconds = doc.GetField(LuceneFields.Date)?.GetInt64Value() ?? 0;
        return new SearchHit(
            doc.Get(LuceneFields.Id),
            doc.Get(LuceneFields.Slug),
            doc.Get(LuceneFields.Headline),
            snippet,
            doc.Get(LuceneFields.Source),
            doc.Get(LuceneFields.SourceName),
            seconds == 0 ? null : DateTimeOffset.FromUnixTimeSeconds(seconds),
            doc.Get(LuceneFields.Language),
            score);
    }
}
