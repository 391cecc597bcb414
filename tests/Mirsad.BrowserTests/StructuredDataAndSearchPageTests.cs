using System.Text.Json;
using Microsoft.Playwright;

namespace Mirsad.BrowserTests;

/// <summary>What a crawler reads from an article page, and the search page's chips and hits, in Chromium.</summary>
public sealed class StructuredDataAndSearchPageTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ArticlePage_JsonLdParsedByTheBrowser_IsANewsArticleWithGooglesProperties()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/article/in-message-to-sharaa-putin-calls-for-enhanced-cooperation-with-syria");
        // The browser's own JSON parser reads the element's text, as a crawler would.
        var text = await page.EvaluateAsync<string>("() => JSON.stringify(JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent))");
        using var json = JsonDocument.Parse(text);
        var ld = json.RootElement;
        Assert.Equal(("https://schema.org", "NewsArticle"), (ld.GetProperty("@context").GetString(), ld.GetProperty("@type").GetString()));
        foreach (var property in new[] { "headline", "datePublished", "dateModified", "url", "inLanguage" })
        {
            Assert.False(string.IsNullOrWhiteSpace(ld.GetProperty(property).GetString()), property);
        }

        Assert.True(DateTimeOffset.TryParse(ld.GetProperty("datePublished").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Equal("Syria TV", ld.GetProperty("author").GetProperty("name").GetString());
        Assert.False(string.IsNullOrWhiteSpace(ld.GetProperty("publisher").GetProperty("name").GetString()));
        Assert.Equal(page.Url, ld.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        Assert.Equal(page.Url, await page.Locator("link[rel=canonical]").GetAttributeAsync("href"));
        Assert.Equal(await page.Locator("h1").InnerTextAsync(), await page.Locator("meta[property='og:title']").GetAttributeAsync("content"));
        await page.CloseAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task SearchPage_ChipsShowNames_AndEveryHitItsOutletAndLeaning(int width)
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        await page.GotoAsync(site.BaseUrl + "/search?q=aleppo&source=sana&lang=en");
        var chips = await page.Locator(".active-filters li").AllInnerTextsAsync();
        Assert.Equal(2, chips.Count);
        Assert.StartsWith("Source: SANA", chips[0], StringComparison.Ordinal);
        Assert.Contains("(Syrian state news agency)", chips[0], StringComparison.Ordinal);
        Assert.StartsWith("Language: English", chips[1], StringComparison.Ordinal);
        var hits = page.Locator(".hits > li");
        Assert.True(await hits.CountAsync() >= 5);
        foreach (var hit in await hits.AllAsync())
        {
            Assert.True(await hit.Locator(".meta .leaning").IsVisibleAsync());
        }

        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath($"search-chips-{width}.png"), FullPage = true });
        await page.CloseAsync();
    }
}
