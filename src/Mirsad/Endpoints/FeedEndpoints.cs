using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;
using Mirsad.Web;

namespace Mirsad.Endpoints;

/// <summary>Atom feeds: the whole site, each keyword and each source (latest 30 articles).</summary>
internal static class FeedEndpoints
{
    private const int Entries = 30;
    private const string AtomContentType = "application/atom+xml; charset=utf-8";

    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Links.SiteFeed, async (HttpContext http, IArticleStore store, IOptions<SiteOptions> site, CancellationToken ct) =>
            Feed(http, site.Value, site.Value.Name, Links.SiteFeed, "/", await store.ListAsync(new ArticleListQuery { PageSize = Entries }, ct)))
            .ExcludeFromDescription();

        app.MapGet("/keyword/{slug}/feed.xml", async (string slug, HttpContext http, IArticleStore store, IKeywordStore keywords, IOptions<SiteOptions> site, CancellationToken ct) =>
            await keywords.GetAsync(slug, ct) is { } profile
                ? Feed(http, site.Value, $"{profile.Keyword.Name} - {site.Value.Name}", Links.KeywordFeed(slug), Links.Keyword(slug), await store.ListAsync(new ArticleListQuery { Keyword = slug, PageSize = Entries }, ct))
                : Results.NotFound())
            .ExcludeFromDescription();

        app.MapGet("/source/{slug}/feed.xml", async (string slug, HttpContext http, IArticleStore store, ISourceStore sources, IOptions<SiteOptions> site, CancellationToken ct) =>
            await sources.GetAsync(slug, ct) is { } source
                ? Feed(http, site.Value, $"{source.Name} - {site.Value.Name}", Links.SourceFeed(slug), Links.Source(slug), await store.ListAsync(new ArticleListQuery { Source = slug, PageSize = Entries }, ct))
                : Results.NotFound())
            .ExcludeFromDescription();
        return app;
    }

    private static IResult Feed(HttpContext http, SiteOptions site, string title, string self, string alternate, ArticlePage page)
    {
        var origin = SiteAddress.Origin(http.Request, site);
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false }))
        {
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteElementString("title", title);
            xml.WriteElementString("subtitle", site.Tagline);
            xml.WriteElementString("id", origin + self);
            WriteLink(xml, origin + self, "self");
            WriteLink(xml, origin + alternate, "alternate");
            var updated = page.Items.Select(i => i.PublishedAt).Max() ?? DateTimeOffset.UnixEpoch;
            xml.WriteElementString("updated", updated.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            foreach (var item in page.Items)
            {
                xml.WriteStartElement("entry");
                xml.WriteElementString("title", item.Headline);
                xml.WriteElementString("id", origin + Links.Article(item.Slug));
                WriteLink(xml, origin + Links.Article(item.Slug), "alternate");
                var published = (item.PublishedAt ?? DateTimeOffset.UnixEpoch).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                xml.WriteElementString("published", published);
                xml.WriteElementString("updated", published);
                xml.WriteStartElement("author");
                xml.WriteElementString("name", item.Source?.LabelledName ?? site.Name);
                xml.WriteEndElement();
                if (!string.IsNullOrEmpty(item.Standfirst))
                {
                    xml.WriteElementString("summary", item.Standfirst);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return Results.Text(output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), AtomContentType);
    }

    private static void WriteLink(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
