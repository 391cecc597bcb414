using System.Globalization;
using AngleSharp.Html.Dom;

namespace Mirsad.Core.Ingest.Extraction;

/// <summary>What a page says about itself in its head: canonical address, title, author, date, language.</summary>
internal sealed record PageMetadata(string? CanonicalUrl, string? Title, string? Author, DateTimeOffset? PublishedAt, string? Language)
{
    public static PageMetadata Read(IHtmlDocument document, Uri url)
    {
        string? Meta(params string[] selectors) => selectors
            .Select(s => document.QuerySelector(s)?.GetAttribute("content")?.Trim())
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));

        var canonical = document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href");
        string? canonicalUrl = null;
        if (!string.IsNullOrWhiteSpace(canonical) && Uri.TryCreate(url, canonical.Trim(), out var c) && c.Scheme is "http" or "https")
        {
            canonicalUrl = c.AbsoluteUri;
        }

        var title = Meta("meta[property='og:title']", "meta[name='twitter:title']");
        var author = Meta("meta[name='author']", "meta[property='article:author']", "meta[name='byl']");
        if (author is not null && author.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            author = null; // article:author is often a profile URL, not a name
        }

        var dateText = Meta("meta[property='article:published_time']", "meta[itemprop='datePublished']", "meta[name='pubdate']", "meta[name='publishdate']", "meta[name='date']", "meta[name='DC.date.issued']")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        DateTimeOffset? published = DateTimeOffset.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

        var lang = document.DocumentElement?.GetAttribute("lang") ?? Meta("meta[http-equiv='content-language']", "meta[property='og:locale']");
        string? language = null;
        if (!string.IsNullOrWhiteSpace(lang))
        {
            var code = lang.Trim().Split('-', '_')[0].ToLowerInvariant();
            language = code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
        }

        return new PageMetadata(canonicalUrl, string.IsNullOrWhiteSpace(title) ? null : System.Net.WebUtility.HtmlDecode(title), author, published, language);
    }
}
