using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Accounts;
using Mirsad.Core.Articles;
using Mirsad.Core.Workflow;
using Mirsad.Core.Ingest;
using Mirsad.Core.Ingest.Desk;
using Mirsad.Tests.Support;
using Mirsad.Web;

namespace Mirsad.Tests.Intake;

public sealed class DeskPageTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private readonly MirsadWebFactory _factory = new MirsadWebFactory().With("Mirsad:Intake:Poll", "false");
    private FeedTestServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _ = _factory.Server;
        _server = await FeedTestServer.StartAsync();
        foreach (var (name, role) in new[] { ("edward", "editor"), ("tariq", "translator") })
        {
            Assert.Equal(0, (await CliRunner.RunWithInputAsync(Password + "\n", "--data", _factory.DataDirectory, "users", "add", "--name", name, "--role", role, "--password-stdin")).ExitCode);
        }

        foreach (var (name, path, language) in new[] { ("Enab Baladi", "/feeds/enab.atom", "ar"), ("SANA", "/feeds/sana.xml", "ar"), ("Syria Direct", "/feeds/news-sitemap.xml", "en") })
        {
            var add = await CliWithSettings.RunAsync(IntakeHarness.FastSettings, "--data", _factory.DataDirectory, "sources", "add", "--name", name, "--feed", _server.Url(path), "--language", language, "--leaning", name == "SANA" ? "Syrian state news agency" : "opposition newspaper");
            Assert.Equal(0, add.ExitCode);
        }

        Assert.Equal(0, (await CliWithSettings.RunAsync(IntakeHarness.FastSettings, "--data", _factory.DataDirectory, "ingest", "--once")).ExitCode);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _factory.DisposeAsync();
    }

    private IMonitoredItemStore Items => _factory.Services.GetRequiredService<IMonitoredItemStore>();

    private async Task<MonitoredItem> ItemAsync(string page) =>
        (await Items.ListAsync(new() { PageSize = 100 }, TestContext.Current.CancellationToken)).Items.Single(i => i.Url.EndsWith(page, StringComparison.Ordinal));

    private static Task<string> Body(HttpResponseMessage response) => response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("/newsroom/desk")]
    [InlineData("/newsroom/desk/item/1")]
    [InlineData("/newsroom/sources")]
    public async Task DeskPages_Anonymous_AreSentToLogin(string path)
    {
        using var session = NewsroomSession.Anonymous(_factory);
        var response = await session.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/newsroom/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Desk_SignedIn_ShowsItemsNewestFirstWithCopiesGrouped()
    {
        using var session = await NewsroomSession.LogInAsync(_factory, "tariq", Password);
        var html = await Body(await session.GetAsync("/newsroom/desk"));
        var visit = html.IndexOf("الرئيس الشرع يستقبل وفداً روسياً", StringComparison.Ordinal);
        var crossing = html.IndexOf("إعادة افتتاح معبر نصيب", StringComparison.Ordinal);
        Assert.True(visit > 0 && crossing > visit, "newest first");
        Assert.Contains("Same story in 2 outlets", html, StringComparison.Ordinal);
        Assert.Contains("near-duplicate text", html, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?language=en", "Aleppo residents queue for fuel", "معبر نصيب")]
    [InlineData("?source=sana", "معبر نصيب", "Aleppo residents")]
    [InlineData("?leaning=opposition", "مخيم الهول", "معبر نصيب")]
    [InlineData("?hideDuplicates=true", "الرئيس الشرع يستقبل وفداً روسياً", "الشرع يلتقي بوغدانوف")] // Enab Baladi republished SANA's story later
    public async Task Desk_Filters_ShowOnlyMatchingItems(string query, string shown, string hidden)
    {
        using var session = await NewsroomSession.LogInAsync(_factory, "tariq", Password);
        var html = await Body(await session.GetAsync("/newsroom/desk" + query));
        Assert.Contains(shown, html, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Desk_KeywordFilter_UsesTheExtractedKeywords()
    {
        var item = await ItemAsync("/pages/direct-1.html");
        var keyword = item.Keywords[0];
        using var session = await NewsroomSession.LogInAsync(_factory, "tariq", Password);
        var html = await Body(await session.GetAsync("/newsroom/desk?keyword=" + Uri.EscapeDataString(keyword.Slug)));
        Assert.Contains("Aleppo residents queue for fuel", html, StringComparison.Ordinal);
        Assert.DoesNotContain("مخيم الهول", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TakeThisStory_Translator_CreatesOneDraftLinkedToItsOriginal()
    {
        var item = await ItemAsync("/pages/sana-2.html");
        using var session = await NewsroomSession.LogInAsync(_factory, "tariq", Password);
        var page = $"/newsroom/desk/item/{item.Id}";
        var itemHtml = await Body(await session.GetAsync(page));
        Assert.Contains("<div class=\"original\" lang=\"ar\" dir=\"rtl\">", itemHtml, StringComparison.Ordinal);
        Assert.Contains("Take this story", itemHtml, StringComparison.Ordinal);

        var taken = await session.PostFormAsync(page, page + "?handler=Take", []);
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal($"/newsroom/articles/intake-{item.Id}", taken.Headers.Location!.OriginalString); // straight to the editor
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(taken.Headers.Location.OriginalString)).StatusCode);
        Assert.Contains("Taken: draft article", await Body(await session.GetAsync(page)), StringComparison.Ordinal);
        var again = await _factory.Services.GetRequiredService<StoryTaker>().TakeAsync(item.Id, new EditorialActor("tariq", UserRole.Translator), TestContext.Current.CancellationToken);
        Assert.Equal("intake-" + item.Id, again?.Id);
        var revisions = await _factory.Services.GetRequiredService<IRevisionStore>().ListAsync("intake-" + item.Id, TestContext.Current.CancellationToken);
        Assert.Single(revisions); // made through the editorial desk: first revision, once

        var article = await _factory.Services.GetRequiredService<IArticleStore>().GetAsync("intake-" + item.Id, TestContext.Current.CancellationToken);
        Assert.NotNull(article);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal("sana", article.Source?.Slug);
        Assert.Equal(item.Url, article.Original?.Url);
        Assert.Contains("الهيئة العامة للمنافذ البرية والبحرية", article.Original?.Text, StringComparison.Ordinal);
        Assert.Equal("ar", article.Language);
        Assert.Equal("intake-" + item.Id, (await Items.GetAsync(item.Id, TestContext.Current.CancellationToken))!.ArticleId);
        Assert.Equal(1, await _factory.Services.GetRequiredService<IArticleStore>().CountAsync(ArticleStatus.Draft, TestContext.Current.CancellationToken));

        using var reader = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri(Links.Article(article.Slug), UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task TakeThisStory_WithoutAntiforgeryToken_IsRejected()
    {
        var item = await ItemAsync("/pages/enab-2.html");
        using var session = await NewsroomSession.LogInAsync(_factory, "tariq", Password);
        using var empty = new FormUrlEncodedContent([]);
        var response = await session.Client.PostAsync(new Uri($"/newsroom/desk/item/{item.Id}?handler=Take", UriKind.Relative), empty, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await Items.GetAsync(item.Id, TestContext.Current.CancellationToken))!.ArticleId);
    }

    [Fact]
    public async Task Sources_AddForm_IsForEditorsOnly()
    {
        var fields = new Dictionary<string, string> { ["name"] = "Orient News", ["feed"] = _server.Url("/feeds/orient.xml"), ["language"] = "ar" };
        using (var translator = await NewsroomSession.LogInAsync(_factory, "tariq", Password))
        {
            var page = await Body(await translator.GetAsync("/newsroom/sources"));
            Assert.Contains("Syrian state news agency", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Add a source", page, StringComparison.Ordinal);
            var formPage = $"/newsroom/desk/item/{(await ItemAsync("/pages/direct-1.html")).Id}"; // a page with a form, for an antiforgery token
            var refused = await translator.PostFormAsync(formPage, "/newsroom/sources?handler=Add", fields);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/newsroom/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            Assert.DoesNotContain("Orient News", await Body(await translator.GetAsync("/newsroom/sources")), StringComparison.Ordinal);
        }

        using var editor = await NewsroomSession.LogInAsync(_factory, "edward", Password);
        var added = await editor.PostFormAsync("/newsroom/sources", "/newsroom/sources?handler=Add", fields);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Orient News", await Body(await editor.GetAsync("/newsroom/sources")), StringComparison.Ordinal);
    }

    [Fact]
    public void ForeignHtml_ScriptsHandlersImagesAndUnsafeLinks_AreRemoved()
    {
        var safe = new ForeignHtml().Sanitize("<p onclick=\"x()\" style=\"color:red\">Hi<script>alert(1)</script><img src=\"https://x/y.png\"><a href=\"javascript:alert(1)\">bad</a> <a href=\"/a\">good</a></p><iframe src=\"https://x\"></iframe>", "https://outlet.example/story");
        Assert.DoesNotContain("script", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("iframe", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", safe, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"https://outlet.example/a\" rel=\"nofollow noopener noreferrer\">good</a>", safe, StringComparison.Ordinal);
    }
}
