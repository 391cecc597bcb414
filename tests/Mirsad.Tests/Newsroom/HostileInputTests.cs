using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Accounts;
using Mirsad.Core.Articles;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Newsroom;

/// <summary>
/// Hostile input typed into every newsroom field (headline, standfirst, attribution, body, section,
/// keyword, link, credit, disclaimer, source name and leaning, original) and every search box comes out
/// inert on every page that shows it, public and newsroom; SQL and query-syntax strings do no harm.
/// </summary>
public sealed class HostileInputTests(NewsroomFixture site) : IClassFixture<NewsroomFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Takes a story with hostile text in every field from a new draft to publication through the forms; returns it.</summary>
    private async Task<Article> PublishHostileStoryAsync(string marker, string payload)
    {
        using var translator = await site.LogInAsync("tariq");
        var created = await translator.PostFormAsync("/newsroom/articles/new", "/newsroom/articles/new", new()
        {
            ["NewSourceName"] = marker + " source " + payload,
            ["NewSourceLeaning"] = "leaning " + payload,
            ["OriginalLanguage"] = "ar",
            ["OriginalHeadline"] = "عنوان " + payload,
            ["OriginalText"] = "نص " + payload + "\n\n" + payload,
            ["OriginalUrl"] = "https://example.org/" + Uri.EscapeDataString(payload),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Uri.UnescapeDataString(created.Headers.Location!.OriginalString.Split('/')[3].Split('?')[0]);

        using var editor = await site.LogInAsync("edward");
        await site.MoveAsync(editor, id, ArticleStatus.InEditing, new()
        {
            ["Form.Headline"] = marker + " headline " + payload,
            ["Form.Standfirst"] = "standfirst " + payload,
            ["Form.Attribution"] = "attribution " + payload,
            ["Form.Body"] = "Body " + payload + "\n\n## Sub " + payload + "\n\n> Quote " + payload,
            ["Form.Section"] = "Section " + payload,
            ["Form.AddKeywords"] = marker + " keyword " + payload,
            ["Form.Links"] = "Link " + payload + " | /article/x?q=" + Uri.EscapeDataString(payload),
            ["Form.Credit"] = "credit " + payload,
            ["Form.Disclaimer"] = "disclaimer " + payload,
        });
        await site.MoveAsync(editor, id, ArticleStatus.Ready);
        await site.MoveAsync(editor, id, ArticleStatus.Published);
        return (await site.Store.GetAsync(id, Ct))!;
    }

    [Fact]
    public async Task XssBattery_InEveryField_RendersInertOnEveryPage()
    {
        var stories = new List<Article>();
        foreach (var (payload, i) in HostilePayloads.Xss.Select((p, i) => (p, i)))
        {
            var story = await PublishHostileStoryAsync($"Xenotime{i}", payload);
            Assert.Equal($"Xenotime{i} headline {payload}", story.Headline); // kept as typed, never cleaned into something else
            stories.Add(story);
        }

        var article = stories[0];
        var month = article.PublishedAt!.Value.UtcDateTime;
        var pages = new List<string> { "/", "/keywords", "/sources", "/archive", $"/archive/{month:yyyy}/{month:MM}", "/search?q=Xenotime0" };
        foreach (var story in stories)
        {
            pages.Add("/article/" + Uri.EscapeDataString(story.Slug));
            pages.Add("/keyword/" + story.Keywords.Single(k => k.Name.StartsWith("Xenotime", StringComparison.Ordinal)).Slug);
            pages.Add("/source/" + story.Source!.Slug);
            pages.Add("/section/" + Core.Text.Slug.From(story.Section));
        }

        pages.AddRange(HostilePayloads.Xss.Select(p => "/search?q=" + Uri.EscapeDataString(p)));
        var keyword = article.Keywords.Single(k => k.Name.StartsWith("Xenotime", StringComparison.Ordinal));

        using var reader = site.Factory.CreateClient();
        var parser = new HtmlParser();
        foreach (var url in pages)
        {
            var response = await reader.GetAsync(new Uri(url, UriKind.Relative), Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
            HostilePayloads.AssertInert(parser.ParseDocument(await response.Content.ReadAsStringAsync(Ct)), url);
        }

        var articlePage = parser.ParseDocument(await reader.GetStringAsync(new Uri("/article/" + Uri.EscapeDataString(article.Slug), UriKind.Relative), Ct));
        Assert.Contains("<script>alert('xss')</script>", articlePage.QuerySelector("h1")!.TextContent, StringComparison.Ordinal); // shown as text

        using var editor = await site.LogInAsync("amira");
        var newsroomPages = new List<string> { "/newsroom", "/newsroom/articles?status=Published", "/newsroom/roundups/new", "/newsroom/articles/new" };
        newsroomPages.AddRange(stories.SelectMany(s => new[] { $"/newsroom/articles/{s.Id}", $"/newsroom/articles/{s.Id}/history", $"/newsroom/articles/{s.Id}/history?rev=2" }));
        foreach (var url in newsroomPages)
        {
            var response = await editor.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
            HostilePayloads.AssertInert(parser.ParseDocument(await response.Content.ReadAsStringAsync(Ct)), url);
        }

        foreach (var feed in new[] { "/feed.xml", $"/keyword/{keyword.Slug}/feed.xml", $"/source/{article.Source!.Slug}/feed.xml" })
        {
            var xml = XDocument.Parse(await reader.GetStringAsync(new Uri(feed, UriKind.Relative), Ct));
            Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName is "script" or "img" or "iframe");
            Assert.Contains(xml.Descendants(), e => e.Name.LocalName == "title" && e.Value.Contains("<script>alert('xss')</script>", StringComparison.Ordinal));
        }

        var api = JsonDocument.Parse(await reader.GetStringAsync(new Uri("/api/search?q=Xenotime0", UriKind.Relative), Ct));
        var hit = api.RootElement.GetProperty("hits")[0];
        Assert.Equal(article.Headline, hit.GetProperty("headline").GetString());
        Assert.DoesNotContain("<script", hit.GetProperty("snippet").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JavascriptAddresses_InLinksAndOriginals_AreRefused()
    {
        var draft = await site.DraftAsync();
        using var editor = await site.LogInAsync("edward");
        var response = await site.PostEditorAsync(editor, draft.Id, "Save", await site.FormAsync(draft.Id, new() { ["Form.Links"] = "Click | javascript:alert(1)" }));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("A link must be a site path", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var created = await editor.PostFormAsync("/newsroom/articles/new", "/newsroom/articles/new", new()
        {
            ["SourceSlug"] = "syria-tv",
            ["OriginalHeadline"] = "عنوان",
            ["OriginalUrl"] = "javascript:alert(1)",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, created.StatusCode);
    }

    [Fact]
    public async Task InjectionStrings_InEveryInput_AreStoredAsTypedAndHarmless()
    {
        var users = site.Factory.Services.GetRequiredService<IUserStore>();
        var usersBefore = await users.CountAsync(Ct);
        var publishedBefore = await site.Store.CountAsync(ArticleStatus.Published, Ct);
        foreach (var (injection, i) in HostilePayloads.Injection.Select((s, i) => (s, i)))
        {
            var article = await PublishHostileStoryAsync("Injection" + i, injection);
            Assert.Equal($"Injection{i} headline {injection}".Trim(), article.Headline);
            Assert.Equal(("Section " + injection).Trim(), article.Section);
            Assert.Equal(("leaning " + injection).Trim(), article.Source!.Leaning);
            Assert.Contains(article.Keywords, k => k.Name.StartsWith($"Injection{i} keyword", StringComparison.Ordinal));
        }

        using var reader = site.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var admin = await site.LogInAsync("amira");
        foreach (var injection in HostilePayloads.Injection)
        {
            var q = Uri.EscapeDataString(injection);
            foreach (var url in new[] { "/search?q=" + q, "/api/search?q=" + q, $"/search?q={q}&source={q}&keyword={q}&year={q}", "/article/" + q, "/keyword/" + q, "/source/" + q, "/section/" + q, "/keyword/" + q + "/feed.xml", "/api/articles/" + q })
            {
                var response = await reader.GetAsync(new Uri(url, UriKind.Relative), Ct);
                Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
            }

            foreach (var url in new[] { "/newsroom/articles?status=" + q, "/newsroom/articles/" + q, $"/newsroom/articles/{q}/history?rev={q}", "/newsroom/roundups/new?days=" + q })
            {
                var response = await admin.GetAsync(url);
                Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
            }

            using var anonymous = NewsroomSession.Anonymous(site.Factory);
            var login = await anonymous.PostFormAsync("/newsroom/login", "/newsroom/login", new() { ["Name"] = injection, ["Password"] = injection });
            Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
            var add = await admin.PostFormAsync("/newsroom/users", "/newsroom/users?handler=Add", new() { ["name"] = injection, ["role"] = "Admin", ["password"] = injection + " long enough" });
            Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        }

        // A NUL cannot even be read from a form or an address: the answer is 400, never a 500.
        using (var nul = await site.LogInAsync("tariq"))
        {
            var form = await nul.PostFormAsync("/newsroom/articles/new", "/newsroom/articles/new", new() { ["OriginalHeadline"] = "a\u0000b" });
            Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
            Assert.True((int)(await reader.GetAsync(new Uri("/search?q=a%00b", UriKind.Relative), Ct)).StatusCode < 500);
        }

        Assert.Equal(usersBefore, await users.CountAsync(Ct)); // no user added, none deleted
        Assert.Equal(publishedBefore + HostilePayloads.Injection.Length, await site.Store.CountAsync(ArticleStatus.Published, Ct)); // every table still there, nothing changed behind our back
        Assert.Equal(1, JsonDocument.Parse(await reader.GetStringAsync(new Uri("/api/search?q=Injection0", UriKind.Relative), Ct)).RootElement.GetProperty("total").GetInt32());
    }
}
