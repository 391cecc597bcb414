using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Articles;
using Mirsad.Core.Sources;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Web;

/// <summary>robots.txt, sitemaps, canonical links, OpenGraph, JSON-LD and the OpenAPI description.</summary>
public sealed class WebConventionTests(WebFixture site) : IClassFixture<WebFixture>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> GetTextAsync(HttpClient client, string url, string contentType)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Fact]
    public async Task RobotsTxt_DisallowsTheNewsroom_AndNamesTheSitemaps()
    {
        var lines = (await GetTextAsync(site.Client, "/robots.txt", "text/plain")).Split('\n');
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /newsroom", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
        Assert.Contains("Sitemap: http://localhost/sitemaps/news.xml", lines);
    }

    [Fact]
    public async Task SitemapIndex_ListsFilesThatEachListPagesThatExist()
    {
        var index = XDocument.Parse(await GetTextAsync(site.Client, "/sitemap.xml", "application/xml"));
        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var files = index.Root.Elements(Sitemap + "sitemap").Select(s => new Uri(s.Element(Sitemap + "loc")!.Value)).ToList();
        foreach (var kind in new[] { "pages", "news", "articles-1", "keywords-1", "sources-1", "sections-1" })
        {
            Assert.Contains(files, f => f.AbsolutePath == $"/sitemaps/{kind}.xml");
        }

        var urls = new Dictionary<string, List<Uri>>();
        foreach (var file in files)
        {
            var set = XDocument.Parse(await GetTextAsync(site.Client, file.PathAndQuery, "application/xml"));
            Assert.Equal(Sitemap + "urlset", set.Root!.Name);
            urls[file.AbsolutePath] = set.Root.Elements(Sitemap + "url").Select(u => new Uri(u.Element(Sitemap + "loc")!.Value)).ToList();
        }

        var articles = urls["/sitemaps/articles-1.xml"];
        Assert.Equal(805, articles.Count);
        Assert.Contains(articles, u => u.AbsolutePath == "/article/" + WebFixture.SeedSlug);
        Assert.Contains(urls["/sitemaps/sources-1.xml"], u => u.AbsolutePath == "/source/syria-tv");
        Assert.Contains(urls["/sitemaps/sections-1.xml"], u => u.AbsolutePath == "/section/foreign-actors");
        Assert.Contains(urls["/sitemaps/keywords-1.xml"], u => u.AbsolutePath == "/keyword/aleppo");
        Assert.Contains(urls["/sitemaps/pages.xml"], u => u.AbsolutePath == "/archive/2025/04");

        // A sample of every kind answers 200.
        foreach (var url in urls.Values.SelectMany(list => list.Take(3)))
        {
            Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync(url.PathAndQuery, Ct)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync("/sitemaps/articles-2.xml", Ct)).StatusCode);
    }

    [Fact]
    public async Task NewsSitemap_ListsTheLastTwoDaysArticlesOnly()
    {
        await using var factory = new MirsadWebFactory().With("Mirsad:Site:LoadDemo", "false").With("Mirsad:Site:Name", "Observatory");
        using var client = factory.CreateClient();
        var archive = factory.Services.GetRequiredService<ArticleArchive>();
        var now = DateTimeOffset.UtcNow;
        Article Story(string id, string headline, DateTimeOffset date) => new()
        {
            Id = id, Slug = string.Empty, Headline = headline, PublishedAt = date, Language = id == "new-ar" ? "ar" : "en",
            Body = [ArticleBlock.Paragraph("Text of the story.")], Source = new SourceOutlet("sana", "SANA"),
        };
        await archive.SaveAsync([Story("new", "Fresh story", now.AddHours(-3)), Story("new-ar", "خبر جديد", now.AddHours(-30)), Story("old", "Old story", now.AddDays(-3))], cancellationToken: Ct);

        var news = XDocument.Parse(await GetTextAsync(client, "/sitemaps/news.xml", "application/xml"));
        var entries = news.Root!.Elements(Sitemap + "url").ToList();
        Assert.Equal(["خبر جديد", "Fresh story"], entries.Select(e => e.Element(News + "news")!.Element(News + "title")!.Value)); // oldest first
        var fresh = entries.Single(e => e.Element(News + "news")!.Element(News + "title")!.Value == "Fresh story");
        Assert.Equal("http://localhost/article/fresh-story", fresh.Element(Sitemap + "loc")!.Value);
        var publication = fresh.Element(News + "news")!.Element(News + "publication")!;
        Assert.Equal(("Observatory", "en"), (publication.Element(News + "name")!.Value, publication.Element(News + "language")!.Value));
        Assert.True(DateTimeOffset.TryParse(fresh.Element(News + "news")!.Element(News + "publication_date")!.Value, out var date));
        Assert.InRange(date, now.AddHours(-3).AddSeconds(-1), now);
    }

    [Fact]
    public async Task ArticlePage_HasCanonicalOpenGraphAndNewsArticleJsonLd()
    {
        var (_, doc) = await site.GetPageAsync($"/article/{WebFixture.SeedSlug}?utm_source=x");
        var url = $"http://localhost/article/{WebFixture.SeedSlug}";
        Assert.Equal(url, doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        string? Og(string property) => doc.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
        Assert.Equal(("article", url, "In Message to Sharaa, Putin Calls for Enhanced Cooperation with Syria"), (Og("og:type"), Og("og:url"), Og("og:title")));
        Assert.StartsWith("Putin’s message to President Sharaa", Og("og:description"), StringComparison.Ordinal);
        Assert.Equal("2025-04-08T09:00:00Z", Og("article:published_time"));

        var script = Assert.Single(doc.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        var ld = json.RootElement;
        Assert.Equal("https://schema.org", ld.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", ld.GetProperty("@type").GetString());
        Assert.Equal("In Message to Sharaa, Putin Calls for Enhanced Cooperation with Syria", ld.GetProperty("headline").GetString());
        Assert.Equal("2025-04-08T09:00:00Z", ld.GetProperty("datePublished").GetString());
        Assert.Equal("2025-04-08T09:00:00Z", ld.GetProperty("dateModified").GetString());
        Assert.Equal(("NewsMediaOrganization", "Syria TV"), (ld.GetProperty("author").GetProperty("@type").GetString(), ld.GetProperty("author").GetProperty("name").GetString()));
        Assert.Equal("Mirsad", ld.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal(url, ld.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        Assert.Equal(url, ld.GetProperty("url").GetString());
        Assert.Equal("en", ld.GetProperty("inLanguage").GetString());
        Assert.Equal("Foreign Actors", ld.GetProperty("articleSection").GetString());
        Assert.Contains("Vladimir Putin", ld.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.False(ld.TryGetProperty("image", out _)); // articles carry no image; none is claimed
    }

    [Fact]
    public async Task ArticlePage_JsonLdNamesTheOriginal_AndCannotCloseItsScript()
    {
        await using var factory = new MirsadWebFactory().With("Mirsad:Site:LoadDemo", "false").With("Mirsad:Site:BaseUrl", "https://news.example.org/");
        using var client = factory.CreateClient();
        var hostile = "</script><script>alert(1)</script> & <b>";
        await factory.Services.GetRequiredService<ArticleArchive>().SaveAsync(
            [new Article
            {
                Id = "t1", Slug = "translated", Headline = hostile, PublishedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero),
                Body = [ArticleBlock.Paragraph("Text.")], Source = new SourceOutlet("enab", "Enab Baladi", "https://www.enabbaladi.net"),
                Original = new ArticleOriginal("عنوان", "نص", "ar", "https://www.enabbaladi.net/123"),
            }],
            cancellationToken: Ct);
        var html = await GetTextAsync(client, "/article/translated", "text/html");
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal("https://news.example.org/article/translated", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var script = Assert.Single(doc.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.DoesNotContain(doc.QuerySelectorAll("script"), s => s != script && s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.DoesNotContain("</script><script>alert", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal(hostile, json.RootElement.GetProperty("headline").GetString());
        var original = json.RootElement.GetProperty("isBasedOn");
        Assert.Equal(("https://www.enabbaladi.net/123", "ar", "عنوان"), (original.GetProperty("url").GetString(), original.GetProperty("inLanguage").GetString(), original.GetProperty("headline").GetString()));
        Assert.Equal("Enab Baladi", original.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("https://www.enabbaladi.net/123", json.RootElement.GetProperty("translationOfWork").GetProperty("url").GetString());
        Assert.Equal("https://news.example.org/", json.RootElement.GetProperty("publisher").GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/search?utm_source=x&q=aleppo&sort=best&page=2", "http://localhost/search?q=aleppo&page=2")]
    [InlineData("/search?sort=newest&q=aleppo&source=sana", "http://localhost/search?q=aleppo&source=sana&sort=newest")]
    [InlineData("/keywords?ref=mail", "http://localhost/keywords")]
    [InlineData("/source/sana?page=2&x=1", "http://localhost/source/sana?page=2")]
    [InlineData("/", "http://localhost/")]
    public async Task EveryPage_HasOneCanonicalLink_WithoutNoise(string url, string canonical)
    {
        var (response, doc) = await site.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(canonical, Assert.Single(doc.QuerySelectorAll("link[rel=canonical]")).GetAttribute("href"));
        Assert.Equal(url.StartsWith("/search", StringComparison.Ordinal), doc.QuerySelector("meta[name=robots]")?.GetAttribute("content") == "noindex, follow");
    }

    [Fact]
    public async Task SourcePage_SaysHowManyArticlesTheSourceHas()
    {
        var (_, doc) = await site.GetPageAsync("/source/syria-tv");
        Assert.Equal("1 article", doc.QuerySelector(".source-page .article-count")!.TextContent.Trim());
        var (_, sana) = await site.GetPageAsync("/source/sana");
        var count = sana.QuerySelector(".source-page .article-count")!.TextContent.Trim();
        using var api = JsonDocument.Parse(await site.Client.GetStringAsync(new Uri("/api/search?source=sana&size=1", UriKind.Relative), Ct));
        Assert.Equal($"{api.RootElement.GetProperty("total").GetInt32()} articles", count);
    }

    [Fact]
    public async Task OpenApi_DescribesEveryQueryParameterOfEachApi()
    {
        using var doc = JsonDocument.Parse(await GetTextAsync(site.Client, "/openapi/v1.json", "application/json"));
        var paths = doc.RootElement.GetProperty("paths");
        string[] Parameters(string path) => paths.GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(Mirsad.Web.SearchQueryString.ParameterNames.Order(), Parameters("/api/search").Order());
        foreach (var p in paths.GetProperty("/api/search").GetProperty("get").GetProperty("parameters").EnumerateArray())
        {
            Assert.Equal("query", p.GetProperty("in").GetString());
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString()));
        }

        Assert.Equal(["q", "size"], Parameters("/api/suggest").Order());
        Assert.Contains("id", Parameters("/api/articles/{id}"));
        Assert.Contains("page", Parameters(paths.TryGetProperty("/api/articles", out _) ? "/api/articles" : "/api/articles/"));
    }
}
