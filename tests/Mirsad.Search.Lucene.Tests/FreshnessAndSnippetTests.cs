using Mirsad.Core.Articles;
using Mirsad.Core.Search;

namespace Mirsad.Search.Lucene.Tests;

public sealed class FreshnessAndSnippetTests : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("mirsad-fresh-").FullName;
    private readonly LuceneSearchIndex _index;

    public FreshnessAndSnippetTests()
    {
        _index = LuceneSearchIndex.OpenForWriting(_path);
        Article At(string id, string headline, string body, int year) => SearchIndexFixture.Make(id, headline, body, "sana", "SANA", year, []);
        _index.Upsert(
        [
            At("old", "Talks on the dam resume", "Negotiators met again about the dam.", 2019),
            At("new", "Talks on the dam resume", "Negotiators met again about the dam.", 2024),
            At("strong-old", "Dam dam dam: the dam report", "The dam, the dam and the dam again: a report on the dam.", 2019),
            At("weak-new", "Weather report", "Rain fell across the country for most of the week, farmers said, and one reservoir behind a dam rose.", 2024),
            At("lead", "Convoy reaches the city", "Aid trucks entered the besieged city at dawn.", 2023) with { Standfirst = "A convoy of twenty trucks arrived. SANA writes." },
        ]);
        _index.Commit(5);
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_path, recursive: true);
    }

    private List<string> Ids(string q, SearchSort sort) => _index.Search(new SearchRequest { Query = q, Sort = sort }).Hits.Select(h => h.Id).ToList();

    [Fact]
    public void Search_Freshness_PutsTheNewerOfEqualMatchesFirst()
    {
        var ids = Ids("talks dam", SearchSort.RelevanceAndFreshness);

        Assert.True(ids.IndexOf("new") < ids.IndexOf("old"));
    }

    [Fact]
    public void Search_Freshness_DoesNotBuryAMuchBetterOlderMatch()
    {
        var ids = Ids("dam", SearchSort.RelevanceAndFreshness);

        Assert.True(ids.IndexOf("strong-old") < ids.IndexOf("weak-new"));
    }

    [Fact]
    public void Search_PureRelevance_IgnoresDates()
    {
        var r = _index.Search(new SearchRequest { Query = "talks dam", Sort = SearchSort.Relevance });

        Assert.Equal(r.Hits[0].Score, r.Hits[1].Score);
    }

    [Fact]
    public void Search_Snippet_MarksTheBodyWordAfterAStandfirst()
    {
        var hit = _index.Search(new SearchRequest { Query = "besieged" }).Hits.Single();

        Assert.Equal("Aid trucks entered the <mark>besieged</mark> city at dawn.", hit.SnippetHtml);
    }

    [Fact]
    public void Search_Snippet_MarksStemmedForms()
    {
        var hit = _index.Search(new SearchRequest { Query = "negotiator" }).Hits[0];

        Assert.Contains("<mark>Negotiators</mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }
}
