using System.Net;

namespace Mirsad.Tests.Web;

/// <summary>The search page says one thing at a time: notes, counts, chips, did-you-mean and hits agree.</summary>
public sealed class SearchPageAgreementTests(WebFixture site) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task NothingFound_NoNotePromisingSomeOfTheWords()
    {
        var (response, doc) = await site.GetPageAsync("/search?q=qzxwvjk%20blorfqz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("0 articles", doc.QuerySelector(".result-count")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.QuerySelectorAll(".notice"), n => n.TextContent.Contains("some of them", StringComparison.Ordinal));
        Assert.NotNull(doc.QuerySelector(".empty"));
    }

    [Fact]
    public async Task SomeWordsFound_NoteStandsAboveTheArticlesItPromises()
    {
        var (_, doc) = await site.GetPageAsync("/search?q=aleppo%20qzxwv");
        Assert.Contains(doc.QuerySelectorAll(".notice"), n => n.TextContent.Contains("some of them", StringComparison.Ordinal));
        Assert.NotEmpty(doc.QuerySelectorAll(".hits > li"));
    }

    [Fact]
    public async Task Misspelling_SuggestsInDisplayCase_AndShowsTheSuggestionsResults()
    {
        var (_, doc) = await site.GetPageAsync("/search?q=alepo");
        var note = doc.QuerySelector(".did-you-mean")!;
        Assert.Equal("Aleppo", note.QuerySelector("a")!.TextContent.Trim());
        Assert.Contains("No article matches “alepo”", note.TextContent, StringComparison.Ordinal);
        var hits = doc.QuerySelectorAll(".hits > li");
        Assert.Equal(10, hits.Length);
        Assert.All(hits, h => Assert.Contains("aleppo", h.TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("/search?q=Aleppo", doc.QuerySelector(".did-you-mean a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Misspelling_WithResults_OnlyAsksDidYouMean()
    {
        var (_, doc) = await site.GetPageAsync("/search?q=aleppo%20damascas");
        var note = doc.QuerySelector(".did-you-mean")!;
        Assert.StartsWith("Did you mean", note.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Aleppo Damascus", note.QuerySelector("a")!.TextContent.Trim());
    }

    [Fact]
    public async Task FilterChips_ShowNames_NotSlugs_EvenWhenNothingMatches()
    {
        var (_, doc) = await site.GetPageAsync("/search?q=qzxwv&source=sana&keyword=aleppo&section=news&lang=en");
        var chips = doc.QuerySelectorAll(".active-filters li").Select(li => li.TextContent.Replace("×", "", StringComparison.Ordinal).Trim()).ToList();
        Assert.Equal(4, chips.Count);
        Assert.StartsWith("Source: SANA", chips[0], StringComparison.Ordinal);
        Assert.EndsWith("(Syrian state news agency)", chips[0], StringComparison.Ordinal);
        Assert.Equal(["Keyword: Aleppo", "Section: News", "Language: English"], chips.Skip(1));
    }

    [Fact]
    public async Task EveryHit_NamesItsOutletAndLeaning()
    {
        var (_, doc) = await site.GetPageAsync("/search?q=aleppo&size=50");
        var hits = doc.QuerySelectorAll(".hits > li");
        Assert.Equal(50, hits.Length);
        Assert.All(hits, h =>
        {
            Assert.StartsWith("/source/", h.QuerySelector(".meta a")!.GetAttribute("href"), StringComparison.Ordinal);
            Assert.Matches(@"^\(.+\)$", h.QuerySelector(".meta .leaning")!.TextContent.Trim());
        });
    }
}
