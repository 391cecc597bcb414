using Mirsad.Core.Search;

namespace Mirsad.Search.Lucene.Tests;

public sealed class SearchFeatureTests(SearchIndexFixture fixture) : IClassFixture<SearchIndexFixture>
{
    private static List<string> Ids(SearchResults r) => r.Hits.Select(h => h.Id).ToList();

    private SearchResults Search(string q, SearchSort sort = SearchSort.Relevance) => fixture.Index.Search(new SearchRequest { Query = q, Sort = sort });

    [Fact]
    public void Search_ArabicAlias_FindsEnglishArticleAboutTheSamePerson()
    {
        var ids = Ids(Search("بوتين"));

        Assert.Contains("a5", ids); // Arabic text
        Assert.Contains("a2", ids); // English: "Vladimir Putin", found through the keyword's aliases
    }

    [Fact]
    public void Search_EnglishName_FindsArabicArticle()
    {
        Assert.Contains("a5", Ids(Search("Putin")));
    }

    [Theory]
    [InlineData("علاقات")] // the article has العلاقات: the definite article and the plural suffix are stemmed away
    [InlineData("رئيس")]   // the article has الرئيس and بالرئيس
    [InlineData("موسكو")]
    [InlineData("الرؤساء")]  // a broken plural finds the singular
    [InlineData("ورئيسها")]  // a conjunction and a pronoun around it
    [InlineData("علاقتهما")] // a taa marbuta written ت before a pronoun
    public void Search_ArabicWordForms_MatchThroughLightStemming(string q)
    {
        Assert.Equal("a5", Ids(Search(q)).First());
    }

    [Fact]
    public void Search_ArabicQueryWithAWordNoArticleHas_StillRanksTheArticleWithTheOthers()
    {
        var r = Search("الشرع بوتين دمشق");

        Assert.Equal("a5", Ids(r).First());
        Assert.Null(r.Message); // no "showing articles with some of them" fallback: Arabic words are never all required
    }

    [Fact]
    public void Search_EnglishQueryWithAWordNoArticleHas_FallsBackWithANote()
    {
        var r = Search("idlib zanzibar");

        Assert.NotEmpty(r.Hits);
        Assert.Contains("some of them", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_UnknownWord_SuggestsCommonWordOfTheIndex()
    {
        var r = Search("idlob");

        Assert.Equal("idlib", r.Suggestion);
    }

    [Fact]
    public void Search_KnownWords_NoSuggestion()
    {
        Assert.Null(Search("idlib hospital").Suggestion);
    }

    [Fact]
    public void Complete_Prefix_FindsKeywordsAndNewestHeadlinesFirst()
    {
        var c = fixture.Index.Complete("idl", 5);

        Assert.Equal("idlib", c.Keywords[0].Slug);
        Assert.Equal(2, c.Keywords[0].Count);
        Assert.Equal(["a1-slug", "a4-slug"], c.Headlines.Select(h => h.Slug)); // 2017, then 2016; a3 has Idlib only in its body
    }

    [Fact]
    public void Complete_WordsThenPartialWord_MatchesHeadline()
    {
        var c = fixture.Index.Complete("chemical att", 5);

        Assert.Equal(["a1-slug"], c.Headlines.Select(h => h.Slug));
    }

    [Fact]
    public void Complete_ArabicPrefix_FindsArabicHeadline()
    {
        Assert.Contains(fixture.Index.Complete("بوت", 5).Headlines, h => h.Slug == "a5-slug");
    }

    [Fact]
    public void Complete_TooShort_ReturnsNothing()
    {
        Assert.Same(Completions.None, fixture.Index.Complete("i", 5));
    }
}
