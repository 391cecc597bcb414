using Mirsad.Core.Articles;
using Mirsad.Core.Search;
using Mirsad.Core.Search.Semantic;

namespace Mirsad.Search.Lucene.Tests;

/// <summary>Pseudo-relevance feedback (RM3) on a real index: a described need finds what its best matches' words find.</summary>
public sealed class FeedbackTests : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("mirsad-feedback-").FullName;

    private static readonly Article[] Articles =
    [
        At("attack", "Chemical attack in Idlib", "A chemical attack on civilians in Idlib province used sarin, a nerve agent, doctors said."),
        At("attack2", "Idlib chemical attack victims", "Victims of the chemical attack on civilians in Idlib showed signs of sarin nerve agent poisoning."),
        At("sarin", "What sarin does to the body", "Sarin is a nerve agent: it blocks an enzyme, and poisoning shows within minutes."),
        At("weather", "Rain in the north", "Heavy rain fell across the north of the country on Tuesday."),
    ];

    public void Dispose() => Directory.Delete(_path, recursive: true);

    [Fact]
    public void Search_DescribedNeed_FindsAnArticleSharingOnlyItsMatchesWords()
    {
        var ids = Ids(SearchRanking.Default, "chemical attack on civilians in Idlib province");

        Assert.Equal(["attack", "attack2"], ids.Take(2).Order(StringComparer.Ordinal));
        Assert.Contains("sarin", ids); // no word of the query; "sarin", "nerve", "agent" came from the best matches
        Assert.DoesNotContain("weather", ids);
    }

    [Fact]
    public void Search_WithoutFeedback_OnlyTheQuerysWordsMatch()
    {
        Assert.DoesNotContain("sarin", Ids(new SearchRanking(Feedback: false), "chemical attack on civilians in Idlib province"));
    }

    [Fact]
    public void Search_ShortQuery_IsNotExpanded()
    {
        Assert.DoesNotContain("sarin", Ids(SearchRanking.Default, "Idlib attack"));
    }

    private List<string> Ids(SearchRanking ranking, string query)
    {
        using var index = LuceneSearchIndex.OpenForWriting(_path, ranking: ranking);
        if (index.Count == 0)
        {
            index.Upsert(Articles);
            index.Commit(Articles.Length);
        }

        return index.Search(new SearchRequest { Query = query, Facets = false, Snippets = false, Suggest = false }).Hits.Select(h => h.Id).ToList();
    }

    private static Article At(string id, string headline, string body) => SearchIndexFixture.Make(id, headline, body, "sana", "SANA", 2024, []);
}
