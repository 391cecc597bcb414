using System.Net;

namespace Mirsad.Tests.Web;

public sealed class PageTests(WebFixture site) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Article_SeedArticle_HasEveryPartOfTheModelPage()
    {
        var (response, doc) = await site.GetPageAsync("/article/" + WebFixture.SeedSlug);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // 1. the search box
        Assert.Equal("Search", doc.QuerySelector("form[role=search] label")!.TextContent.Trim());
        Assert.NotNull(doc.QuerySelector("form[role=search][action='/search'] input[name=q]"));
        // 2. standfirst ending in its attribution, 3. the headline
        Assert.EndsWith("Syria TV writes.", doc.QuerySelector(".standfirst")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("In Message to Sharaa, Putin Calls for Enhanced Cooperation with Syria", doc.QuerySelector("h1")!.TextContent.Trim());
        // 4. the body with its subheadings
        var subheadings = doc.QuerySelectorAll(".article-body h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Russia’s Shifting Strategy Post-Assad", "Deeper Engagement Amid Uncertainty in U.S. Policy", "Geopolitical Implications"], subheadings);
        Assert.True(doc.QuerySelectorAll(".article-body p").Length >= 10);
        // 5. the disclaimer
        Assert.Contains("has not verified the content of this story", doc.QuerySelector(".disclaimer")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("translated and edited", doc.QuerySelector(".credit")!.TextContent, StringComparison.Ordinal);
        // 6. helpful keywords as links to keyword pages
        Assert.Equal("Helpful keywords", doc.QuerySelector(".helpful-keywords h2")!.TextContent.Trim());
        var keywordLinks = doc.QuerySelectorAll(".helpful-keywords a").ToList();
        Assert.InRange(keywordLinks.Count, 5, 10);
        Assert.All(keywordLinks, a => Assert.StartsWith("/keyword/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Contains(keywordLinks, a => a.TextContent == "Vladimir Putin");
        // plus date, source with leaning, section
        Assert.Equal("2025-04-08", doc.QuerySelector(".meta time")!.GetAttribute("datetime"));
        Assert.Equal("Syria TV", doc.QuerySelector(".meta a.source")!.TextContent);
        Assert.Equal("(opposition TV channel)", doc.QuerySelector(".meta .leaning")!.TextContent);
        Assert.Equal("/section/foreign-actors", doc.QuerySelector(".meta a.section")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Article_DemoArticle_HasRelatedArticlesAndCredit()
    {
        var (_, search) = await site.GetPageAsync("/search?q=chemical+attack+idlib");
        var href = search.QuerySelector(".hits h2 a")!.GetAttribute("href")!;
        var (response, doc) = await site.GetPageAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(doc.QuerySelectorAll(".related li a"));
        Assert.Contains("FA-KES", doc.QuerySelector(".credit")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("writes.", doc.QuerySelector(".standfirst")?.TextContent.Trim() ?? "writes.", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_ListsLatestStoriesNewestFirst()
    {
        var (response, doc) = await site.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dates = doc.QuerySelectorAll(".article-list time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Equal(20, dates.Count);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        Assert.Equal("/article/" + WebFixture.SeedSlug, doc.QuerySelector(".article-list h3 a")!.GetAttribute("href"));
        Assert.NotNull(doc.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task Search_ShowsSnippetsFacetsAndPaging()
    {
        var (response, doc) = await site.GetPageAsync("/search?q=aleppo");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(10, doc.QuerySelectorAll(".hits > li").Length);
        Assert.NotEmpty(doc.QuerySelectorAll(".snippet mark"));
        var facetLinks = doc.QuerySelectorAll(".facet a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(facetLinks, h => h.Contains("source=", StringComparison.Ordinal));
        Assert.Contains(facetLinks, h => h.Contains("keyword=", StringComparison.Ordinal));
        Assert.Contains(facetLinks, h => h.Contains("from=", StringComparison.Ordinal) && h.Contains("to=", StringComparison.Ordinal));
        Assert.Equal("/search?q=aleppo&page=2", doc.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Search_FacetLink_FiltersAndCanBeRemoved()
    {
        var (_, doc) = await site.GetPageAsync("/search?q=aleppo");
        var sourceLink = doc.QuerySelectorAll(".facet a").First(a => a.GetAttribute("href")!.Contains("source=", StringComparison.Ordinal));
        var (_, filtered) = await site.GetPageAsync(sourceLink.GetAttribute("href")!);
        var sourceNames = filtered.QuerySelectorAll(".hits .meta a").Select(a => a.TextContent).Distinct().ToList();
        Assert.Single(sourceNames);
        var remove = filtered.QuerySelector(".active-filters a")!.GetAttribute("href");
        Assert.Equal("/search?q=aleppo", remove);
    }

    [Theory]
    [InlineData("/search?q=%22unbalanced")]
    [InlineData("/search?q=title%3A(foo+AND")]
    [InlineData("/search?q=-syria")]
    [InlineData("/search?q=aleppo&from=not-a-date&page=zz&sort=weird")]
    [InlineData("/search?q=aleppo&page=999999")]
    [InlineData("/search?q=%00%01%02")]
    public async Task Search_MalformedInput_StillAnswersWithAPage(string url)
    {
        var (response, doc) = await site.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(doc.QuerySelector(".result-count"));
    }

    [Fact]
    public async Task Search_BadDate_SaysWhatWasIgnored()
    {
        var (_, doc) = await site.GetPageAsync("/search?q=aleppo&from=31-31-2020");
        Assert.Contains("not understood", doc.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeywordPage_ListsArticlesNewestFirstWithFeed()
    {
        var (response, doc) = await site.GetPageAsync("/keyword/vladimir-putin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vladimir Putin", doc.QuerySelector("h1")!.TextContent);
        Assert.Equal("Person", doc.QuerySelector(".kicker")!.TextContent);
        Assert.Contains("بوتين", doc.QuerySelector(".aliases")!.TextContent, StringComparison.Ordinal);
        var dates = doc.QuerySelectorAll(".article-list time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        Assert.NotNull(doc.QuerySelector("link[type='application/atom+xml'][href='/keyword/vladimir-putin/feed.xml']"));
    }

    [Theory]
    [InlineData("/source/syria-tv", "Syria TV")]
    [InlineData("/section/foreign-actors", "Foreign Actors")]
    [InlineData("/archive/2025/04", "April 2025")]
    [InlineData("/keywords", "Helpful keywords")]
    [InlineData("/sources", "Sources")]
    [InlineData("/archive", "Archive")]
    [InlineData("/about", "About Mirsad")]
    public async Task ListingPages_Render(string url, string heading)
    {
        var (response, doc) = await site.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(heading, doc.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task SourcePage_ShowsLeaning()
    {
        var (_, doc) = await site.GetPageAsync("/source/sana");
        Assert.Equal("Syrian state news agency", doc.QuerySelector(".listing-header .leaning")!.TextContent);
        Assert.NotEmpty(doc.QuerySelectorAll(".article-list li"));
    }

    [Theory]
    [InlineData("/article/no-such-article")]
    [InlineData("/keyword/no-such-keyword")]
    [InlineData("/source/no-such-source")]
    [InlineData("/section/no-such-section")]
    [InlineData("/archive/1999/13")]
    [InlineData("/no/such/page")]
    public async Task UnknownAddresses_AreRealNotFoundPages(string url)
    {
        var (response, doc) = await site.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", doc.QuerySelector("h1")!.TextContent);
        Assert.NotNull(doc.QuerySelector("form[role=search]"));
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders()
    {
        var (response, _) = await site.GetPageAsync("/");
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Assets_AreServedWithCaching()
    {
        var response = await site.Client.GetAsync(new Uri("/assets/site.css", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(response.Headers.ETag);
    }
}
