using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Mirsad.Core.Accounts;
using Mirsad.Core.Articles;
using Mirsad.Core.Ingest;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;
using Mirsad.Core.Workflow;
using Mirsad.Newsroom;

namespace Mirsad.BrowserTests;

/// <summary>The newsroom in a real browser: a translator and an editor take a story to publication; hostile text stays inert.</summary>
public sealed class NewsroomJourneyTests(BrowserFixture site) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private static readonly EditorialActor Desk = new("desk", UserRole.Editor);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private EditorialDesk Editorial => site.Services.GetRequiredService<EditorialDesk>();

    public async ValueTask InitializeAsync()
    {
        var accounts = site.Services.GetRequiredService<AccountService>();
        foreach (var (name, role) in new[] { ("tariq", UserRole.Translator), ("edward", UserRole.Editor) })
        {
            var problem = await accounts.CreateAsync(name, role, Password, "test", Ct);
            Assert.True(problem is null || problem.StartsWith("There is already", StringComparison.Ordinal), problem);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task LogInAsync(IPage page, string name)
    {
        await page.GotoAsync(site.BaseUrl + "/newsroom/login");
        await page.GetByLabel("User name").FillAsync(name);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".newsroom-nav .who")).ToContainTextAsync(name);
    }

    private static async Task ClickAndExpectAsync(IPage page, string button, string status)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice[role=status]")).ToHaveTextAsync($"The article is now {status}.");
    }

    [Fact]
    public async Task TranslatorAndEditor_TakeAMonitoredStoryToPublication_ReaderFindsItBySearch()
    {
        // The story as the monitoring desk hands it over: an Arabic original from Syria TV.
        var draft = await Editorial.CreateAsync(
            new Article
            {
                Id = string.Empty,
                Slug = string.Empty,
                Headline = "بوتين يبعث برسالة إلى الشرع",
                Language = "ar",
                Source = new SourceOutlet("syria-tv", "Syria TV", Language: "ar"),
                Original = new ArticleOriginal("بوتين يبعث برسالة إلى الشرع", "بعث الرئيس الروسي فلاديمير بوتين رسالة إلى الرئيس السوري أحمد الشرع.\n\nودعا إلى تعزيز التعاون.", "ar", "https://www.syria.tv/example"),
            },
            Desk,
            Ct);
        Assert.True(draft.Ok, draft.Error);

        var translator = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await LogInAsync(translator, "tariq");
        await translator.GotoAsync(site.BaseUrl + "/newsroom/articles");
        await translator.GetByRole(AriaRole.Link, new() { Name = "بوتين يبعث برسالة إلى الشرع" }).ClickAsync();
        Assert.Equal("rtl", await translator.Locator(".original-text").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.Equal("Syria TV writes.", await translator.GetByLabel("Attribution (ends the standfirst)").InputValueAsync());
        await ClickAndExpectAsync(translator, "Start translation", "in translation");

        await translator.GetByLabel("Headline", new PageGetByLabelOptions { Exact = true }).FillAsync("Putin Sends Sharaa a Message on Quillwort Cooperation");
        await translator.GetByLabel("Standfirst", new PageGetByLabelOptions { Exact = true }).FillAsync("Putin’s message to President Sharaa underscores Russia’s intent to remain a central actor");
        await translator.Locator("#body").FillAsync("Russian President Vladimir Putin has sent a formal message to Syrian President Ahmad al-Sharaa.\n\n## Russia’s Shifting Strategy\n\nHe called for Quillwort cooperation between Moscow and Damascus.");
        await translator.ScreenshotAsync(new PageScreenshotOptions { Path = ArtifactPath("editor.png"), FullPage = true });
        await ClickAndExpectAsync(translator, "Send to editing", "in editing");
        Assert.Equal(0, await translator.GetByRole(AriaRole.Button, new() { Name = "Save" }).CountAsync()); // the editors' now
        await translator.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await translator.CloseAsync();

        var editor = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await LogInAsync(editor, "edward");
        await editor.GotoAsync(site.BaseUrl + "/newsroom/articles");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Putin Sends Sharaa a Message on Quillwort Cooperation" }).ClickAsync();
        await editor.GetByLabel("Vladimir Putin").CheckAsync(); // accept a suggested keyword
        await ClickAndExpectAsync(editor, "Mark ready", "ready");
        await ClickAndExpectAsync(editor, "Publish now", "published");

        await editor.GotoAsync(site.BaseUrl + "/");
        var box = editor.GetByLabel("Search", new PageGetByLabelOptions { Exact = true });
        await box.FillAsync("Quillwort");
        await box.PressAsync("Enter");
        await editor.Locator(".hits h2 a", new PageLocatorOptions { HasText = "Quillwort Cooperation" }).ClickAsync();
        await Assertions.Expect(editor).ToHaveURLAsync(new Regex("/article/putin-sends-sharaa-a-message-on-quillwort-cooperation$"));
        await Assertions.Expect(editor.Locator(".standfirst")).ToHaveTextAsync("Putin’s message to President Sharaa underscores Russia’s intent to remain a central actor, Syria TV writes.");
        await Assertions.Expect(editor.Locator(".helpful-keywords a", new PageLocatorOptions { HasText = "Vladimir Putin" })).ToBeVisibleAsync();
        await editor.CloseAsync();
    }

    [Fact]
    public async Task Translator_TakesAStoryFromTheMonitoringDesk_AndLandsInTheEditor()
    {
        // One monitored source whose feed the site itself serves from the demo corpus, polled once over real HTTP.
        var registered = await site.Services.GetRequiredService<SourceRegistrar>().RegisterAsync(
            new SourceRegistration { Slug = "demo-sana", Name = "SANA (demo)", Language = "en", Leaning = "Syrian state news agency", Feeds = [site.BaseUrl + "/demo/feeds/sana.xml"] },
            Ct);
        Assert.Empty(registered.Problems);
        var round = await site.Services.GetRequiredService<IntakeRunner>().RunAsync(dueOnly: false, cancellationToken: Ct);
        Assert.Contains(round, r => r.Slug == "demo-sana" && r.New > 0);

        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await LogInAsync(page, "tariq");
        await page.GotoAsync(site.BaseUrl + "/newsroom/desk?source=demo-sana");
        var first = page.Locator("a.desk-title").First;
        var headline = (await first.InnerTextAsync()).Trim();
        await first.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Take this story" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/newsroom/articles/intake-[0-9]+$"));
        await Assertions.Expect(page.Locator(".original-text")).ToContainTextAsync(headline);
        await ClickAndExpectAsync(page, "Start translation", "in translation");
        await page.CloseAsync();
    }

    [Fact]
    public async Task XssBattery_InEveryField_StaysInertInTheBrowser()
    {
        const string payload = "<script>alert('xss')</script>\"><img src=x onerror=alert(1)><svg onload=alert(2)><a href=\"javascript:alert(3)\">x</a><details open ontoggle=alert(4)>";
        var created = await Editorial.CreateAsync(
            new Article
            {
                Id = string.Empty,
                Slug = string.Empty,
                Headline = "Quincunx " + payload,
                Source = new SourceOutlet("quincunx-" + Guid.NewGuid().ToString("N")[..6], "Source " + payload, Leaning: "leaning " + payload),
                Original = new ArticleOriginal("عنوان " + payload, "نص " + payload, "ar", null),
            },
            Desk,
            Ct);
        var id = created.Article!.Id;
        var saved = await Editorial.SaveAsync(
            id,
            new ArticleEdit("Quincunx " + payload, "Standfirst " + payload, "Attribution " + payload, BodyMarkdown.Parse("Body " + payload + "\n\n## Sub " + payload), "en", "Section " + payload,
                [new ArticleKeyword("quincunx-keyword", "Keyword " + payload, KeywordKind.Topic, KeywordOrigin.Editor)], [new ArticleLink("Link " + payload, "/search?q=" + Uri.EscapeDataString(payload))], "Credit " + payload, "Disclaimer " + payload, 1),
            Desk,
            Ct);
        Assert.True(saved.Ok, saved.Error);
        foreach (var to in new[] { ArticleStatus.InEditing, ArticleStatus.Ready, ArticleStatus.Published })
        {
            Assert.True((await Editorial.MoveAsync(id, to, Desk, cancellationToken: Ct)).Ok);
        }

        var article = (await site.Services.GetRequiredService<IArticleStore>().GetAsync(id, Ct))!;

        // With the CSP bypassed, any payload that became markup would run and open a dialog.
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        await LogInAsync(page, "edward");
        var urls = new[]
        {
            "/article/" + article.Slug, "/search?q=Quincunx", "/search?q=" + Uri.EscapeDataString(payload), "/keyword/quincunx-keyword",
            "/source/" + article.Source!.Slug, "/", "/newsroom/articles/" + id, $"/newsroom/articles/{id}/history?rev=2", "/newsroom/articles?status=Published",
        };
        foreach (var url in urls)
        {
            await page.GotoAsync(site.BaseUrl + url);
            var injected = await page.EvaluateAsync<int>(
                "() => document.querySelectorAll('script:not([src]):not([type=\"application/ld+json\"]), iframe, svg:not(figure.attention > svg), object, embed, img[onerror], details[ontoggle]').length + [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value))).length");
            Assert.True(injected == 0, $"{url}: {injected} injected elements or attributes");
            // Structured data is inert only while it stays JSON with no raw '<' (so no payload can close the element).
            var structuredData = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(s => s.textContent)");
            Assert.All(structuredData, text => Assert.DoesNotContain("<", text, StringComparison.Ordinal));
        }

        await page.GotoAsync(site.BaseUrl + "/article/" + article.Slug);
        Assert.Contains("<script>alert('xss')</script>", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(dialogs);
    }

    private static string ArtifactPath(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }
}
