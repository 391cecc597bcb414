using System.Text.Json;
using System.Text.RegularExpressions;
using CodeHollow.FeedReader;
using Mirsad.Core.Sources;
using Mirsad.Core.Text;

namespace Mirsad.Core.Ingest.Feeds;

/// <summary>
/// Reads a feed document of any kind a source may offer: RSS, Atom and JSON Feed (through
/// CodeHollow.FeedReader, after a safe first read that refuses DTDs and deep nesting) and news
/// sitemaps. Anything else (an HTML page, a sitemap index, malformed XML) is a
/// <see cref="FeedFormatException"/> that says what arrived.
/// </summary>
public static partial class FeedDocumentParser
{
    /// <summary>Longest summary kept from a feed, in characters.</summary>
    public const int MaxSummaryLength = 2_000;

    /// <summary>Reads <paramref name="text"/> fetched from <paramref name="feedUrl"/>; keeps the newest <paramref name="maxItems"/>.</summary>
    public static ParsedFeed Parse(string text, Uri feedUrl, int maxItems)
    {
        var clean = ControlCharacters().Replace(text, string.Empty).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (clean.Length == 0)
        {
            throw new FeedFormatException("the body is empty");
        }

        if (clean[0] == '{')
        {
            return Limit(ReadJsonFeed(clean, feedUrl), maxItems);
        }

        if (HtmlStart().IsMatch(clean))
        {
            var alternate = AlternateFeed().Match(clean);
            var hint = alternate.Success ? $"; the page names a feed at {WebUtilityDecode(alternate.Groups["href"].Value)}" : string.Empty;
            throw new FeedFormatException("an HTML page, not a feed" + hint);
        }

        var document = SafeXml.Load(clean);
        var root = document.Root!.Name.LocalName;
        return root switch
        {
            "rss" or "RDF" => Limit(ReadWithLibrary(clean, feedUrl, FeedKind.Rss), maxItems),
            "feed" => Limit(ReadWithLibrary(clean, feedUrl, FeedKind.Atom), maxItems),
            "urlset" => Limit(NewsSitemapReader.Read(document, feedUrl), maxItems),
            "sitemapindex" => throw new FeedFormatException(NewsSitemapReader.DescribeIndex(document)),
            "html" => throw new FeedFormatException("an HTML page, not a feed"),
            _ => throw new FeedFormatException($"XML whose root element is <{root}>, not RSS, Atom or a news sitemap"),
        };
    }

    private static ParsedFeed ReadJsonFeed(string text, Uri feedUrl)
    {
        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 32 });
            if (json.RootElement.ValueKind != JsonValueKind.Object
                || !json.RootElement.TryGetProperty("version", out var version)
                || version.ValueKind != JsonValueKind.String
                || !(version.GetString() ?? string.Empty).Contains("jsonfeed", StringComparison.OrdinalIgnoreCase))
            {
                throw new FeedFormatException("JSON, but not a JSON Feed (no \"version\": \"https://jsonfeed.org/...\")");
            }
        }
        catch (JsonException e)
        {
            throw new FeedFormatException($"not valid JSON: {e.Message}", e);
        }

        return ReadWithLibrary(text, feedUrl, FeedKind.Json);
    }

    private static ParsedFeed ReadWithLibrary(string text, Uri feedUrl, FeedKind kind)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(text);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new FeedFormatException($"unreadable {kind} feed: {e.Message}", e);
        }

        var entries = new List<FeedEntry>(feed.Items.Count);
        var skipped = 0;
        foreach (var item in feed.Items)
        {
            var link = Absolute(feedUrl, item.Link) ?? Absolute(feedUrl, item.Id);
            var title = Plain(item.Title);
            if (link is null || title.Length == 0 && string.IsNullOrWhiteSpace(item.Description))
            {
                skipped++;
                continue;
            }

            var summary = Plain(item.Description ?? item.Content);
            entries.Add(new FeedEntry(
                link,
                title.Length > 0 ? title : PlainText.FirstSentence(summary, 120),
                summary.Length == 0 ? null : PlainText.Truncate(summary, MaxSummaryLength),
                Author(item),
                item.PublishingDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, date.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc)) : null,
                string.IsNullOrWhiteSpace(item.Id) ? null : item.Id.Trim(),
                string.IsNullOrWhiteSpace(feed.Language) ? null : feed.Language.Trim()));
        }

        return new ParsedFeed(kind, entries, skipped);
    }

    private static string? Author(FeedItem item)
    {
        if (!string.IsNullOrWhiteSpace(item.Author))
        {
            return Plain(item.Author);
        }

        var creator = (item.SpecificItem as CodeHollow.FeedReader.Feeds.Rss20FeedItem)?.DC?.Creator;
        return string.IsNullOrWhiteSpace(creator) ? null : Plain(creator);
    }

    /// <summary>Resolves a link against the feed's address; only http and https links are kept.</summary>
    internal static string? Absolute(Uri baseUrl, string? link)
    {
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(baseUrl, link.Trim(), out var url) || url.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return url.AbsoluteUri;
    }

    /// <summary>Plain text of a feed field that may hold HTML or entities.</summary>
    internal static string Plain(string? value) => string.IsNullOrWhiteSpace(value) ? string.Empty : HtmlText.Strip(value);

    private static ParsedFeed Limit(ParsedFeed feed, int maxItems)
    {
        var entries = feed.Entries
            .DistinctBy(e => e.Link, StringComparer.Ordinal)
            .OrderByDescending(e => e.PublishedAt ?? DateTimeOffset.MinValue)
            .Take(maxItems)
            .ToList();
        return feed with { Entries = entries };
    }

    private static string WebUtilityDecode(string value) => System.Net.WebUtility.HtmlDecode(value);

    [GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F]")]
    private static partial Regex ControlCharacters();

    [GeneratedRegex(@"^(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>])", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<link[^>]+type\s*=\s*[""']application/(rss|atom)\+xml[""'][^>]*href\s*=\s*[""'](?<href>[^""']{1,500})[""']", RegexOptions.IgnoreCase)]
    private static partial Regex AlternateFeed();
}
