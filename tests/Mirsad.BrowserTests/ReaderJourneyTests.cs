using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Mirsad.Core.Articles;
using Mirsad.Core.Sources;

namespace Mirsad.BrowserTests;

public sealed class ReaderJourneyTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Reader_SearchesOpensAnArticleAndFollowsAKeyword()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(site.BaseUrl + "/");
        Assert.Equal("Latest stories", await page.Locator("h1").InnerTextAsync());

        // Search from the box every page has.
        var box = page.GetByLabel("Search", new PageGetByLabelOptions { Exact = true });
        await box.FillAsync("Putin Sharaa");
        await box.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=Putin\+Sharaa$"));
        Assert.True(await page.Locator(".hits > li").CountAsync() >= 1);
        Assert.True(await page.Locator(".snippet mark").CountAsync() >= 1);

        // Open the first result: the model article with every part.
        await page.Locator(".hits h2 a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/article/"));
        Assert.Equal("In Message to Sharaa, Putin Calls for Enhanced Cooperation with Syria", await page.Locator("h1").InnerTextAsync());
        Assert.EndsWith("Syria TV writes.", (await page.Locator(".standfirst").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Equal(3, await page.Locator(".article-body h2").CountAsync());
        Assert.True(await page.Locator(".disclaimer").IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("article.png"), FullPage = true });

        // Follow a helpful keyword to every story about it.
        var keyword = page.Locator(".helpful-keywords a", new PageLocatorOptions { HasText = "Vladimir Putin" });
        await keyword.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/keyword/vladimir-putin$"));
        Assert.Equal("Vladimir Putin", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator(".article-list a", new PageLocatorOptions { HasText = "In Message to Sharaa" }).CountAsync() == 1);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Reader_OnAPhone_SeesTheSearchBoxAndNoHorizontalScroll()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });
        await page.GotoAsync(site.BaseUrl + "/article/in-message-to-sharaa-putin-calls-for-enhanced-cooperation-with-syria");
        Assert.True(await page.Locator("#site-search").IsVisibleAsync());
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Reader_ArabicArticle_IsRightToLeft()
    {
        var archive = site.Services.GetRequiredService<ArticleArchive>();
        await archive.SaveAsync(
            [
                new Article
                {
                    Id = "ar-test-1",
                    Slug = "ar-test-1",
                    Headline = "الشرع يلتقي وفداً روسياً في دمشق",
                    Body = [ArticleBlock.Paragraph("التقى الرئيس أحمد الشرع وفداً روسياً في دمشق لبحث العلاقات بين البلدين.")],
                    Language = "ar",
                    Source = new SourceOutlet("syria-tv", "Syria TV"),
                    PublishedAt = DateTimeOffset.UtcNow,
                },
            ],
            cancellationToken: TestContext.Current.CancellationToken);
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/article/ar-test-1");
        var direction = await page.Locator("article h1").EvaluateAsync<string>("e => getComputedStyle(e).direction");
        Assert.Equal("rtl", direction);
        await page.GotoAsync(site.BaseUrl + "/search?q=" + Uri.EscapeDataString("دمشق"));
        Assert.Equal("rtl", await page.Locator(".hits > li").First.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        await page.CloseAsync();
    }
}
