using Mirsad.Core.Search;

namespace Mirsad.Search.Lucene.Tests;

public sealed class LuceneSearchIndexTests(SearchIndexFixture fixture) : IClassFixture<SearchIndexFixture>
{
    private SearchResults Search(string? q, SearchFilters? filters = null, SearchSort sort = SearchSort.Relevance, int page = 1, int size = 10) =>
        fixture.Index.Search(new SearchRequest { Query = q, Filters = filters ?? SearchFilters.None, Sort = sort, Page = page, PageSize = size });

    private static List<string> Ids(SearchResults r) => r.Hits.Select(h => h.Id).ToList();

    [Fact]
    public void Search_Word_FindsPublishedArticlesOnly()
    {
        var r = Search("idlib");
        Assert.Equal(3, r.Total);
        Assert.DoesNotContain("a6", Ids(r));
    }

    [Fact]
    public void Search_HeadlineMatch_RanksAboveBodyMatch()
    {
        var r = Search("aleppo");
        Assert.Equal("a3", r.Hits[0].Id);
    }

    [Fact]
    public void Search_ExactPhrase_RequiresAdjacency()
    {
        Assert.Equal(["a1"], Ids(Search("\"chemical attack\"")));
        Assert.Empty(Search("\"attack chemical\"").Hits);
    }

    [Fact]
    public void Search_Or_FindsEither()
    {
        Assert.Equal(["a1", "a3"], Ids(Search("khan OR aleppo")).Order());
    }

    [Fact]
    public void Search_Exclusion_RemovesMatches()
    {
        var ids = Ids(Search("idlib -russian"));
        Assert.Contains("a1", ids);
        Assert.DoesNotContain("a3", ids);
    }

    [Fact]
    public void Search_AllWordsFirst_FallsBackToAnyWithMessage()
    {
        var r = Search("idlib zzzzunknown");
        Assert.True(r.Total > 0);
        Assert.Contains("some of them", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Stemming_MatchesWordForms()
    {
        Assert.Contains("a4", Ids(Search("hospitals")));
    }

    [Fact]
    public void Search_Filters_RestrictBySourceKeywordLanguageAndDates()
    {
        Assert.Equal(["a4"], Ids(Search("idlib", new SearchFilters(Source: "trt"))));
        Assert.Equal(["a1"], Ids(Search("idlib", new SearchFilters(Keyword: "chemical-weapons"))));
        Assert.Equal(["a5"], Ids(Search(null, new SearchFilters(Language: "ar"))));
        Assert.Equal(["a1"], Ids(Search("idlib", new SearchFilters(From: new DateOnly(2017, 1, 1), To: new DateOnly(2017, 12, 31)))));
    }

    [Fact]
    public void Search_Facets_CountSourcesKeywordsAndYears()
    {
        var r = Search("idlib");
        Assert.Contains(r.Facets.Sources, f => f is { Value: "reuters", Label: "Reuters", Count: 1 });
        Assert.Contains(r.Facets.Keywords, f => f is { Value: "idlib", Count: 2 });
        Assert.Equal(["2017", "2016"], r.Facets.Years.Select(y => y.Value));
        Assert.Equal(2, r.Facets.Years.Single(y => y.Value == "2016").Count);
    }

    [Fact]
    public void Search_Snippet_MarksMatchesAndEscapesHtml()
    {
        var hit = Search("hospital deliberate").Hits.Single(h => h.Id == "a4");
        Assert.Contains("<mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_SortNewest_OrdersByDate()
    {
        var r = Search("idlib", sort: SearchSort.Newest);
        Assert.Equal("a1", r.Hits[0].Id); // 2017, then the two of 2016
        Assert.Equal(["a3", "a4"], Ids(r).Skip(1).Order());
        Assert.True(r.Hits[0].PublishedAt > r.Hits[1].PublishedAt);
    }

    [Fact]
    public void Search_Paging_ReturnsTheRequestedSlice()
    {
        var all = Ids(Search("idlib", size: 10));
        var second = Search("idlib", page: 2, size: 2);
        Assert.Equal(all.Skip(2).Take(2), Ids(second));
        Assert.Equal(2, second.PageCount);
    }

    [Fact]
    public void Search_Arabic_MatchesWithNormalisation()
    {
        Assert.Equal("a5", Ids(Search("الشرع"))[0]); // the Arabic article first; a2 follows through the keyword's aliases
        Assert.Equal(["a5"], Ids(Search("احمد"))); // hamza-less spelling finds أحمد
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("title:(foo AND")]
    [InlineData("*?~^[]{}")]
    [InlineData("the of and")]
    [InlineData("-idlib")]
    [InlineData("OR")]
    public void Search_MalformedQueries_NeverThrow(string q)
    {
        var r = Search(q);
        Assert.NotNull(r);
    }

    [Fact]
    public void Search_Empty_ListsNewestFirst()
    {
        var r = Search("");
        Assert.Equal(5, r.Total);
        Assert.Equal(["a2", "a5"], Ids(r).Take(2).Order());
    }

    [Fact]
    public void Related_FindsArticlesSharingContent()
    {
        var related = fixture.Index.Related("a1", 3);
        Assert.DoesNotContain(related, h => h.Id == "a1");
    }

    [Fact]
    public void CommittedSequence_IsReadBackAfterReopen()
    {
        Assert.Equal(SearchIndexFixture.Articles.Count, fixture.Index.CommittedSequence);
    }
}
