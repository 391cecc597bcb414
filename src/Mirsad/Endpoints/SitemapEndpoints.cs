using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;
using Mirsad.Web;

namespace Mirsad.Endpoints;

/// <summary>
/// What crawlers read: /robots.txt (the newsroom is off limits; where the sitemaps are), /sitemap.xml
/// (the index), paged sitemaps of articles, keywords, sources and sections, the site's index pages and
/// monthly archives, and a Google News sitemap of the last two days' articles.
/// </summary>
internal static class SitemapEndpoints
{
    /// <summary>Addresses per sitemap file: well under the protocol's 50,000, so a file stays a few MB.</summary>
    public const int PerFile = 10_000;

    /// <summary>A news sitemap lists articles published in the last two days, at most 1,000 (Google News' rules).</summary>
    public static readonly TimeSpan NewsWindow = TimeSpan.FromDays(2);

    private const int NewsMax = 1_000;
    private const string XmlType = "application/xml; charset=utf-8";
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";

    public static IEndpointRouteBuilder MapSitemapEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (HttpContext http, IOptions<SiteOptions> site) =>
            {
                var origin = SiteAddress.Origin(http.Request, site.Value);
                var text = $"User-agent: *\nDisallow: /newsroom\nDisallow: /api/\n\nSitemap: {origin}/sitemap.xml\nSitemap: {origin}/sitemaps/news.xml\n";
                return Results.Text(text, "text/plain; charset=utf-8");
            })
            .ExcludeFromDescription();

        app.MapGet("/sitemap.xml", async (HttpContext http, IArticleStore store, IKeywordStore keywords, ISourceStore sources, IOptions<SiteOptions> site, CancellationToken ct) =>
            {
                var origin = SiteAddress.Origin(http.Request, site.Value);
                var files = new List<string> { "/sitemaps/pages.xml", "/sitemaps/news.xml" };
                void Paged(string name, int count)
                {
                    for (var n = 1; n <= Math.Max(1, Files(count)); n++)
                    {
                        files.Add(string.Create(CultureInfo.InvariantCulture, $"/sitemaps/{name}-{n}.xml"));
                    }
                }

                Paged("articles", await store.CountAsync(ArticleStatus.Published, ct));
                Paged("keywords", (await keywords.ListAsync(null, int.MaxValue, ct)).Count);
                Paged("sources", (await sources.ListAsync(ct)).Count);
                Paged("sections", (await store.SectionsAsync(ct)).Count);
                return Xml(w =>
                {
                    w.WriteStartElement("sitemapindex", SitemapNs);
                    foreach (var file in files)
                    {
                        w.WriteStartElement("sitemap", SitemapNs);
                        w.WriteElementString("loc", SitemapNs, origin + file);
                        w.WriteEndElement();
                    }

                    w.WriteEndElement();
                });
            })
            .ExcludeFromDescription()
            .CacheOutput(PageCaching.Policy);

        app.MapGet("/sitemaps/pages.xml", async (HttpContext http, IArticleStore store, IOptions<SiteOptions> site, CancellationToken ct) =>
            {
                var paths = new List<string> { "/", "/keywords", "/sources", "/archive" };
                paths.AddRange((await store.MonthsAsync(ct)).Select(m => Links.Month(m.Year, m.Month)));
                return UrlSet(http, site.Value, paths.Select(p => (p, (DateTimeOffset?)null)));
            })
            .ExcludeFromDescription()
            .CacheOutput(PageCaching.Policy);

        app.MapGet("/sitemaps/articles-{n:int}.xml", async (int n, HttpContext http, IArticleStore store, IOptions<SiteOptions> site, CancellationToken ct) =>
            {
                var page = n < 1 ? [] : await store.AddressesAsync(null, (n - 1) * PerFile, PerFile, ct);
                return page.Count == 0 && n != 1
                    ? Results.NotFound()
                    : UrlSet(http, site.Value, page.Select(a => (Links.Article(a.Slug), (DateTimeOffset?)a.ModifiedAt)));
            })
            .ExcludeFromDescription()
            .CacheOutput(PageCaching.Policy);

        app.MapGet("/sitemaps/keywords-{n:int}.xml", async (int n, HttpContext http, IKeywordStore keywords, IOptions<SiteOptions> site, CancellationToken ct) =>
                Paged(n, http, site.Value, (await keywords.ListAsync(null, int.MaxValue, ct)).Select(k => Links.Keyword(k.Slug))))
            .ExcludeFromDescription()
            .CacheOutput(PageCaching.Policy);

        app.MapGet("/sitemaps/sources-{n:int}.xml", async (int n, HttpContext http, ISourceStore sources, IOptions<SiteOptions> site, CancellationToken ct) =>
                Paged(n, http, site.Value, (await sources.ListAsync(ct)).Select(s => Links.Source(s.Slug))))
            .ExcludeFromDescription()
            .CacheOutput(PageCaching.Policy);

        app.MapGet("/sitemaps/sections-{n:int}.xml", async (int n, HttpContext http, IArticleStore store, IOptions<SiteOptions> site, CancellationToken ct) =>
                Paged(n, http, site.Value, (await store.SectionsAsync(ct)).Select(s => Links.Section(s.Slug))))
            .ExcludeFromDescription()
            .CacheOutput(PageCaching.Policy);

        app.MapGet("/sitemaps/news.xml", async (HttpContext http, IArticleStore store, TimeProvider time, IOptions<SiteOptions> site, CancellationToken ct) =>
            {
                var origin = SiteAddress.Origin(http.Request, site.Value);
                var recent = await store.AddressesAsync(time.GetUtcNow() - NewsWindow, 0, NewsMax, ct);
                return Xml(w =>
                {
                    w.WriteStartElement("urlset", SitemapNs);
                    w.WriteAttributeString("xmlns", "news", null, NewsNs);
                    foreach (var a in recent)
                    {
                        w.WriteStartElement("url", SitemapNs);
                        w.WriteElementString("loc", SitemapNs, origin + Links.Article(a.Slug));
                        w.WriteStartElement("news", "news", NewsNs);
                        w.WriteStartElement("news", "publication", NewsNs);
                        w.WriteElementString("news", "name", NewsNs, site.Value.Name);
                        w.WriteElementString("news", "language", NewsNs, a.Language);
                        w.WriteEndElement();
                        w.WriteElementString("news", "publication_date", NewsNs, W3CDate(a.PublishedAt!.Value));
                        w.WriteElementString("news", "title", NewsNs, a.Headline);
                        w.WriteEndElement();
                        w.WriteEndElement();
                    }

                    w.WriteEndElement();
                });
            })
            .ExcludeFromDescription()
            .CacheOutput(PageCaching.Policy);
        return app;
    }

    private static int Files(int count) => (count + PerFile - 1) / PerFile;

    private static IResult Paged(int n, HttpContext http, SiteOptions site, IEnumerable<string> paths)
    {
        // Sorted by address, so a file keeps its entries as new ones arrive in other files' ranges.
        var page = n < 1 ? [] : paths.Order(StringComparer.Ordinal).Skip((n - 1) * PerFile).Take(PerFile).ToList();
        return page.Count == 0 && n != 1 ? Results.NotFound() : UrlSet(http, site, page.Select(p => (p, (DateTimeOffset?)null)));
    }

    private static IResult UrlSet(HttpContext http, SiteOptions site, IEnumerable<(string Path, DateTimeOffset? Modified)> entries)
    {
        var origin = SiteAddress.Origin(http.Request, site);
        return Xml(w =>
        {
            w.WriteStartElement("urlset", SitemapNs);
            foreach (var (path, modified) in entries)
            {
                w.WriteStartElement("url", SitemapNs);
                w.WriteElementString("loc", SitemapNs, origin + path);
                if (modified is { } m)
                {
                    w.WriteElementString("lastmod", SitemapNs, W3CDate(m));
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        });
    }

    private static string W3CDate(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static IResult Xml(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        // StringBuilder output declares utf-16; the response is UTF-8 and says so.
        return Results.Text(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), XmlType, Encoding.UTF8);
    }
}
