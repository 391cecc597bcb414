using System.Net;

namespace Mirsad.Tests.Web;

public sealed class KeywordPageTests(WebFixture site) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task KeywordPage_IsAProfileWithChartCompanionsAndSources()
    {
        var (response, doc) = await site.GetPageAsync("/keyword/vladimir-putin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        Assert.Matches(@"^\d+ articles?$", doc.QuerySelector(".article-count")!.TextContent.Trim());
        Assert.Contains("first seen", doc.QuerySelector(".listing-header .meta")!.TextContent, StringComparison.Ordinal);

        // Attention over time: server-drawn SVG bars, each with its month and count as a title.
        var bars = doc.QuerySelectorAll(".attention svg rect.bar").ToList();
        Assert.NotEmpty(bars);
        Assert.All(bars, b => Assert.Matches(@"^\w+ \d{4}: \d+ articles?$", b.QuerySelector("title")!.TextContent));
        Assert.Contains("April 2025", doc.QuerySelector(".attention figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector(".attention [style]")); // the CSP forbids inline styles

        // The keywords and outlets most often with it.
        var companions = doc.QuerySelectorAll(".cooccurring a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/keyword/russia", companions);
        Assert.All(companions, h => Assert.StartsWith("/keyword/", h, StringComparison.Ordinal));
        Assert.Contains(doc.QuerySelectorAll(".top-sources a"), a => a.GetAttribute("href") == "/source/syria-tv");
    }

    [Fact]
    public async Task KeywordPage_ArabicAliasIsMarkedArabic()
    {
        var (_, doc) = await site.GetPageAsync("/keyword/vladimir-putin");
        var arabic = doc.QuerySelectorAll(".aliases .alias").Single(a => a.TextContent == "بوتين");
        Assert.Equal("ar", arabic.GetAttribute("lang"));
    }

    [Fact]
    public async Task KeywordsIndex_ListsAToZAndByKind()
    {
        var (response, doc) = await site.GetPageAsync("/keywords");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var letters = doc.QuerySelectorAll(".letters a").Select(a => a.TextContent).ToList();
        Assert.Contains("V", letters);
        Assert.Equal(letters.Order(StringComparer.Ordinal).ToList(), letters.Where(l => l != "#").Concat(letters.Where(l => l == "#")).Order(StringComparer.Ordinal).ToList());
        var underV = doc.QuerySelector("#letter-V + ul")!.QuerySelectorAll("a").Select(a => a.TextContent).ToList();
        Assert.Contains("Vladimir Putin", underV);
        Assert.Equal(underV.Order(StringComparer.CurrentCultureIgnoreCase), underV);

        var kinds = doc.QuerySelectorAll(".by-kind h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["Person", "Organisation", "Place", "Topic"], kinds);
    }
}
