using System.Globalization;
using System.Xml.Linq;
using Mirsad.Core.Sources;

namespace Mirsad.Core.Ingest.Feeds;

/// <summary>Reads a news sitemap (sitemaps.org urlset with the Google News extension: title, date, language).</summary>
public static class NewsSitemapReader
{
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>The entries of a urlset; a url without a news title is titled by its address and read from its page.</summary>
    public static ParsedFeed Read(XDocument document, Uri feedUrl)
    {
        var entries = new List<FeedEntry>();
        var skipped = 0;
        foreach (var url in document.Root!.Elements().Where(e => e.Name.LocalName == "url"))
        {
            var link = FeedDocumentParser.Absolute(feedUrl, Child(url, "loc")?.Value);
            if (link is null)
            {
                skipped++;
                continue;
            }

            var news = url.Element(News + "news");
            var title = FeedDocumentParser.Plain(news?.Element(News + "title")?.Value);
            var date = Date(news?.Element(News + "publication_date")?.Value) ?? Date(Child(url, "lastmod")?.Value);
            var language = news?.Element(News + "publication")?.Element(News + "language")?.Value?.Trim();
            entries.Add(new FeedEntry(link, title.Length > 0 ? title : link, null, null, date, null, string.IsNullOrEmpty(language) ? null : language));
        }

        return new ParsedFeed(FeedKind.Sitemap, entries, skipped);
    }

    /// <summary>The error for a sitemap index: it lists sitemaps, not stories.</summary>
    public static string DescribeIndex(XDocument document)
    {
        var children = document.Root!.Elements().Where(e => e.Name.LocalName == "sitemap").Select(e => Child(e, "loc")?.Value?.Trim()).Where(v => !string.IsNullOrEmpty(v)).ToList();
        var news = children.FirstOrDefault(c => c!.Contains("news", StringComparison.OrdinalIgnoreCase)) ?? children.FirstOrDefault();
        return $"a sitemap index of {children.Count} sitemaps, not a news sitemap" + (news is null ? string.Empty : $"; register one of them instead, e.g. {news}");
    }

    private static XElement? Child(XElement parent, string localName) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static DateTimeOffset? Date(string? value) =>
        DateTimeOffset.TryParse(value?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
