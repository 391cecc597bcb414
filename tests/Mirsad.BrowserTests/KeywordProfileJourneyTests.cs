using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;

namespace Mirsad.BrowserTests;

public sealed class KeywordProfileJourneyTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Reader_FollowsATrendingKeywordToItsProfileAndOnToACompanion()
    {
        // A story from today makes Putin trending.
        await site.Services.GetRequiredService<ArticleArchive>().SaveAsync(
            [
                new Article
                {
                    Id = "today-putin",
                    Slug = "today-putin",
                    Headline = "Putin speaks about Syria today",
                    Body = [ArticleBlock.Paragraph("Vladimir Putin spoke about Russia and Syria.")],
                    Source = new SourceOutlet("syria-tv", "Syria TV"),
                    PublishedAt = DateTimeOffset.UtcNow.AddHours(-1),
                    Keywords = [new ArticleKeyword("vladimir-putin", "Vladimir Putin", KeywordKind.Person, KeywordOrigin.Editor)],
                },
            ],
            cancellationToken: TestContext.Current.CancellationToken);

        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(site.BaseUrl + "/keywords");
        Assert.Equal("Helpful keywords", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator(".letters a").CountAsync() > 5);
        var trending = page.Locator(".trending a", new PageLocatorOptions { HasText = "Vladimir Putin" });
        await trending.ClickAsync();

        // The profile: kind, names in both scripts, counts, the chart, companions and sources.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/keyword/vladimir-putin$"));
        Assert.Equal("Person", await page.Locator(".kicker").TextContentAsync());
        Assert.Contains("بوتين", await page.Locator(".aliases").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches(@"^\d+ articles$", await page.Locator(".article-count").InnerTextAsync());
        var chart = await page.Locator(".attention svg").BoundingBoxAsync();
        Assert.NotNull(chart);
        Assert.True(chart.Width > 200 && chart.Height > 30, $"chart is {chart.Width}x{chart.Height}");
        var tallest = await page.Locator(".attention rect.bar").EvaluateAllAsync<double>("bars => Math.max(...bars.map(b => b.getBoundingClientRect().height))");
        Assert.True(tallest > 20, $"the tallest bar is {tallest}px");
        Assert.True(await page.Locator(".top-sources a").CountAsync() >= 1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("keyword-profile.png"), FullPage = true });

        await page.Locator(".cooccurring a", new PageLocatorOptions { HasText = "Russia" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/keyword/russia$"));
        Assert.Equal("Place", await page.Locator(".kicker").TextContentAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Reader_WithoutJavaScript_SeesTheAttentionChart()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/keyword/syria");
        var chart = await page.Locator(".attention svg").BoundingBoxAsync();
        Assert.NotNull(chart);
        Assert.True(chart.Width > 200, $"chart is {chart.Width} wide");
        Assert.True(await page.Locator(".attention rect.bar").CountAsync() > 1);
        Assert.Contains("Attention over time", await page.Locator(".attention figcaption").InnerTextAsync(), StringComparison.Ordinal);
    }
}
