using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace Mirsad.Tests.Web;

public sealed class ApiAndFeedTests(WebFixture site) : IClassFixture<WebFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<JsonDocument> GetJsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await site.Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(expected, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ApiSearch_ReturnsTotalAndHitsWithTheContractFields()
    {
        using var doc = await GetJsonAsync("/api/search?q=aleppo");
        Assert.True(doc.RootElement.GetProperty("total").GetInt32() > 10);
        var hit = doc.RootElement.GetProperty("hits")[0];
        foreach (var field in new[] { "id", "headline", "url", "snippet" })
        {
            Assert.Equal(JsonValueKind.String, hit.GetProperty(field).ValueKind);
        }

        Assert.True(doc.RootElement.GetProperty("facets").GetProperty("sources").GetArrayLength() > 0);
    }

    [Fact]
    public async Task ApiSearch_MalformedQuery_IsStillJson()
    {
        using var doc = await GetJsonAsync("/api/search?q=%22%28%28%2A&page=-3&size=100000");
        Assert.True(doc.RootElement.TryGetProperty("total", out _));
        Assert.True(doc.RootElement.GetProperty("pageSize").GetInt32() <= 50);
    }

    [Fact]
    public async Task ApiArticle_ReturnsTheFullArticle_OrAProblemFor404()
    {
        using var doc = await GetJsonAsync("/api/articles/seed-putin-message-to-sharaa");
        Assert.Equal("In Message to Sharaa, Putin Calls for Enhanced Cooperation with Syria", doc.RootElement.GetProperty("headline").GetString());
        Assert.Equal("opposition TV channel", doc.RootElement.GetProperty("source").GetProperty("leaning").GetString());
        Assert.True(doc.RootElement.GetProperty("keywords").GetArrayLength() >= 5);
        using var missing = await GetJsonAsync("/api/articles/none", HttpStatusCode.NotFound);
        Assert.Equal("Article not found", missing.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ApiArticles_ListsLatest()
    {
        using var doc = await GetJsonAsync("/api/articles");
        Assert.Equal(805, doc.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(20, doc.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_DescribesTheJsonApi()
    {
        using var doc = await GetJsonAsync("/openapi/v1.json");
        var paths = doc.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/search", out _));
        Assert.True(paths.TryGetProperty("/api/articles/{id}", out _));
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/keyword/vladimir-putin/feed.xml")]
    [InlineData("/source/sana/feed.xml")]
    public async Task Feeds_AreAtomWithEntries(string url)
    {
        var response = await site.Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Contains("/article/", e.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feed_UnknownKeyword_Is404()
    {
        var response = await site.Client.GetAsync(new Uri("/keyword/nobody-at-all/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
