using System.Globalization;
using System.Text;
using System.Xml;
using Mirsad.Core.Articles;
using Mirsad.Core.Sources;
using Mirsad.Demo;
using Mirsad.Web;

namespace Mirsad.Endpoints;

/// <summary>
/// RSS feeds made from the demo corpus, for the demo sources (<see cref="DemoSources"/>): each outlet's
/// latest stories, and a "wire" that republishes stories of all outlets behind tracking links.
/// </summary>
internal static class DemoFeedEndpoints
{
    private const int Entries = 6;

    public static IEndpointRouteBuilder MapDemoFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/demo/feeds/{slug}.xml", async (string slug, HttpContext http, IArticleStore store, ISourceStore sources, CancellationToken ct) =>
        {
            var wire = slug == DemoSources.WireSlug;
            var source = wire ? new SourceOutlet(slug, "Demo Wire") : await sources.GetAsync(slug, ct);
            if (source is null)
            {
                return Results.NotFound();
            }

            var page = await store.ListAsync(new ArticleListQuery { Source = wire ? null : slug, PageSize = Entries }, ct);
            return Results.Text(Rss(http, source, page.Items, wire), "application/rss+xml; charset=utf-8", Encoding.UTF8);
        }).ExcludeFromDescription();
        return app;
    }

    private static string Rss(HttpContext http, SourceOutlet source, IReadOnlyList<ArticleSummary> items, bool wire)
    {
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", $"{source.Name} (Mirsad demo feed)");
            xml.WriteElementString("link", origin + "/");
            xml.WriteElementString("description", "Made by Mirsad from its demo corpus, for the monitoring desk demo.");
            foreach (var item in items)
            {
                var link = origin + Links.Article(item.Slug) + (wire ? "?utm_source=demo-wire&utm_medium=rss" : string.Empty);
                xml.WriteStartElement("item");
                xml.WriteElementString("title", item.Headline);
                xml.WriteElementString("link", link);
                xml.WriteElementString("guid", link);
                if (item.PublishedAt is { } published)
                {
                    xml.WriteElementString("pubDate", published.ToString("r", CultureInfo.InvariantCulture));
                }

                if (!string.IsNullOrEmpty(item.Standfirst))
                {
                    xml.WriteElementString("description", item.Standfirst);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }
}
