using System.Net;
using System.Text.Json;

namespace Mirsad.Tests.Web;

public sealed class SearchFeaturePageTests(WebFixture site) : IClassFixture<WebFixture>
{
    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        var response = await site.Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ApiSuggest_Prefix_ReturnsKeywordsAndHeadlinesWithLinks()
    {
        using var doc = await GetJsonAsync("/api/suggest?q=alep");

        var keyword = doc.RootElement.GetProperty("keywords")[0];
        Assert.Equal("Aleppo", keyword.GetProperty("name").GetString());
        Assert.Equal("/keyword/aleppo", keyword.GetProperty("url").GetString());
        Assert.True(keyword.GetProperty("count").GetInt32() > 1);
        var headlines = doc.RootElement.GetProperty("headlines");
        Assert.True(headlines.GetArrayLength() > 0);
        Assert.All(headlines.EnumerateArray(), h =>
        {
            Assert.Contains("alep", h.GetProperty("headline").GetString()!, StringComparison.OrdinalIgnoreCase);
            Assert.StartsWith("/article/", h.GetProperty("url").GetString(), StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("%22%28%2A%5C")]
    public async Task ApiSuggest_ShortOrOddInput_ReturnsEmptyLists(string q)
    {
        using var doc = await GetJsonAsync("/api/suggest?q=" + q);

        Assert.Equal(0, doc.RootElement.GetProperty("keywords").GetArrayLength());
    }

    [Fact]
    public async Task SearchPage_DefaultOrder_IsBestMatchWithOtherOrdersAsLinks()
    {
        var (_, page) = await site.GetPageAsync("/search?q=aleppo");

        Assert.Equal("best match", page.QuerySelector(".sort strong")?.TextContent);
        var links = page.QuerySelectorAll(".sort a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/search?q=aleppo&sort=relevance", links);
        Assert.Contains("/search?q=aleppo&sort=newest", links);
    }

    [Fact]
    public async Task ApiSearch_ArabicName_FindsEnglishArticles()
    {
        using var doc = await GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("بوتين"));

        Assert.Contains(doc.RootElement.GetProperty("hits").EnumerateArray(), h => h.GetProperty("language").GetString() == "en");
    }
}
