using Mirsad.Core.Articles;
using Mirsad.Core.Search;

namespace Mirsad.Search.Lucene.Tests;

/// <summary>
/// Facet counts against a naive count over a random index of several segments with deletions, for
/// queries from a handful of matches to all of them: each way of counting (a few values listed, many
/// by segment ordinal then folded, all live documents less the misses) must give the same numbers.
/// </summary>
public sealed class FacetCountTests : IDisposable
{
    // Words by the share of articles that have them.
    private static readonly (string Word, double Share)[] Words = [("alpha", 0.97), ("bravo", 0.6), ("charlie", 0.15), ("delta", 0.01)];

    private readonly string _path = Directory.CreateTempSubdirectory("mirsad-facets-").FullName;
    private readonly LuceneSearchIndex _index;
    private readonly Dictionary<string, Article> _live = [];

    public FacetCountTests()
    {
        _index = LuceneSearchIndex.OpenForWriting(_path);
        var random = new Random(6);
        var sequence = 0;
        for (var batch = 0; batch < 6; batch++)
        {
            var articles = Enumerable.Range(0, 500).Select(i => MakeArticle(random, $"b{batch}-{i}")).ToList();
            if (batch > 0)
            {
                // Rewrite some articles of earlier segments: their old copies become deletions there.
                articles.AddRange(_live.Keys.Where(_ => random.NextDouble() < 0.05).ToList().Select(id => MakeArticle(random, id)));
            }

            _index.Upsert(articles);
            articles.ForEach(a => _live[a.Id] = a);
            var deleted = _live.Keys.Where(_ => random.NextDouble() < 0.04).ToList();
            _index.Delete(deleted);
            deleted.ForEach(id => _live.Remove(id));
            _index.Commit(++sequence);
        }
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_path, recursive: true);
    }

    [Theory]
    [InlineData("")]
    [InlineData("alpha")]
    [InlineData("bravo")]
    [InlineData("charlie")]
    [InlineData("delta")]
    [InlineData("alpha bravo")]
    public void Search_Facets_EqualNaiveCountsOverLiveMatches(string query)
    {
        var matches = _live.Values.Where(a => query.Length == 0 || query.Split(' ').All(w => Text(a).Contains(w, StringComparison.Ordinal))).ToList();

        var all = Search(query, 100_000);
        var top = Search(query, 10);

        Assert.Equal(matches.Count, all.Total);
        Assert.Equal(Naive(matches, Source), Pairs(all.Facets.Sources));
        Assert.Equal(Naive(matches, a => a.Keywords.Select(k => (k.Slug, k.Name))), Pairs(all.Facets.Keywords));
        Assert.Equal(Naive(matches, Source).Take(10), Pairs(top.Facets.Sources));
        Assert.Equal(Naive(matches, a => a.Keywords.Select(k => (k.Slug, k.Name))).Take(10), Pairs(top.Facets.Keywords));
        Assert.Equal(Latest(matches), Pairs(all.Facets.Years));
        Assert.Equal(Latest(matches).Take(10), Pairs(top.Facets.Years));
    }

    private SearchResults Search(string query, int facetSize) =>
        _index.Search(new SearchRequest { Query = query, Snippets = false, Suggest = false, FacetSize = facetSize });

    private static IEnumerable<(string, string)> Source(Article a) => [(a.Source!.Slug, a.Source.Name)];

    private static string Text(Article a) => a.Body[0].Text;

    private static string Year(Article a) => a.PublishedAt!.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static List<(string Value, string Label, int Count)> Pairs(IEnumerable<FacetValue> values) => values.Select(v => (v.Value, v.Label, v.Count)).ToList();

    // Largest counts first; ties to the value that sorts first (the index orders "value\u001flabel" by its bytes).
    private static List<(string Value, string Label, int Count)> Naive(IEnumerable<Article> matches, Func<Article, IEnumerable<(string Value, string Label)>> values) =>
        matches.SelectMany(values).GroupBy(v => v).Select(g => (g.Key.Value, g.Key.Label, Count: g.Count()))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Value + '\u001f' + v.Label, StringComparer.Ordinal).ToList();

    private static List<(string Value, string Label, int Count)> Latest(IEnumerable<Article> matches) =>
        matches.GroupBy(Year).Select(g => (g.Key, g.Key, g.Count())).OrderByDescending(v => v.Item1, StringComparer.Ordinal).ToList();

    private static Article MakeArticle(Random random, string id)
    {
        var words = Words.Where(w => random.NextDouble() < w.Share).Select(w => w.Word).DefaultIfEmpty("zulu");
        var keywords = Enumerable.Range(0, random.Next(6)).Select(_ => $"k{(int)Math.Pow(random.Next(1, 400), 2) / 400:D3}").Distinct().ToArray();
        var source = $"s{(int)Math.Sqrt(random.Next(1, 1600)):D2}";
        return SearchIndexFixture.Make(id, $"Dispatch {id}", string.Join(' ', words) + ".", source, source.ToUpperInvariant(), 1990 + random.Next(36), keywords);
    }
}
