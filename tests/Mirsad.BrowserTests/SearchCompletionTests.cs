using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Mirsad.BrowserTests;

public sealed class SearchCompletionTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Reader_TypesAPrefix_PicksAKeywordFromTheCompletions()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text); // a script blocked by the content security policy shows here
            }
        };
        await page.GotoAsync(site.BaseUrl + "/");

        await page.Locator("#site-search").PressSequentiallyAsync("alep", new LocatorPressSequentiallyOptions { Delay = 30 });
        var first = page.Locator(".suggestions li").First;
        await Assertions.Expect(first).ToContainTextAsync("Aleppo");
        await page.Locator("#site-search").PressAsync("ArrowDown");
        await page.Locator("#site-search").PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/keyword/aleppo$"));
        Assert.Empty(errors);
        await page.CloseAsync();
    }
}
