using System.Globalization;
using Mirsad.Core.Articles;
using Mirsad.Core.Import;
using Mirsad.Core.Keywords;
using Mirsad.Core.Workflow;
using Mirsad.Web;

namespace Mirsad.Areas.Newsroom.Pages.Articles;

/// <summary>The editor form's fields, and the conversions between them and an article.</summary>
public sealed class EditForm
{
    public string Headline { get; set; } = string.Empty;

    public string? Standfirst { get; set; }

    public string? Attribution { get; set; }

    public string? Body { get; set; }

    public string Language { get; set; } = "en";

    public string? Section { get; set; }

    /// <summary>Slugs of the article's keywords to keep.</summary>
    public List<string> Keep { get; set; } = [];

    /// <summary>Names of suggested keywords to add.</summary>
    public List<string> Accept { get; set; } = [];

    /// <summary>More keywords, comma-separated.</summary>
    public string? AddKeywords { get; set; }

    /// <summary>Related links, one per line: "Title | address".</summary>
    public string? Links { get; set; }

    public string? Credit { get; set; }

    public string? Disclaimer { get; set; }

    public int Revision { get; set; }

    /// <summary>When to publish a scheduled article (UTC, as a datetime-local field sends it).</summary>
    public string? PublishAt { get; set; }

    /// <summary>The form for an article, with the attribution, credit and disclaimer filled in from templates when it has none.</summary>
    public static EditForm From(Article article, int revision, string attributionTemplate, SiteOptions site)
    {
        var (standfirst, attribution) = Core.Articles.Attribution.Split(article.Standfirst, article.Source);
        var translated = article.Original is not null;
        return new EditForm
        {
            Headline = article.Headline,
            Standfirst = standfirst,
            Attribution = attribution ?? Core.Articles.Attribution.For(article.Source, attributionTemplate),
            Body = BodyMarkdown.Format(article.Body),
            Language = translated && article.Body.Count == 0 ? "en" : article.Language,
            Section = article.Section,
            Keep = article.Keywords.Select(k => k.Slug).ToList(),
            Links = string.Join("\n", article.Links.Select(l => l.Title == l.Url ? l.Url : $"{l.Title} | {l.Url}")),
            Credit = article.Credit ?? (translated ? string.Format(CultureInfo.InvariantCulture, site.TranslatedCredit, site.Name) : null),
            Disclaimer = article.Disclaimer ?? string.Format(CultureInfo.InvariantCulture, site.DefaultDisclaimer, site.Name),
            Revision = revision,
            PublishAt = article.Status == ArticleStatus.Scheduled ? article.PublishedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : null,
        };
    }

    /// <summary>The edit this form asks for; null with a message when the body is too long to read.</summary>
    public (ArticleEdit? Edit, string? Error) ToEdit(Article current, KeywordTagger tagger)
    {
        if ((Body?.Length ?? 0) > BodyMarkdown.MaxLength)
        {
            return (null, $"The body is longer than {BodyMarkdown.MaxLength:N0} characters.");
        }

        var keywords = current.Keywords.Where(k => Keep.Contains(k.Slug, StringComparer.Ordinal)).ToList();
        var named = Accept.Concat((AddKeywords ?? string.Empty).Split([',', '\n', '،'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var name in named.Where(n => n.Length > 0).Take(EditLimits.Items * 2))
        {
            var keyword = tagger.Resolve(new ImportKeyword(name, null)) with { Origin = KeywordOrigin.Editor };
            if (keyword.Slug.Length > 0 && !keywords.Any(k => k.Slug == keyword.Slug))
            {
                keywords.Add(keyword);
            }
        }

        var edit = new ArticleEdit(
            Headline ?? string.Empty,
            Standfirst,
            Attribution,
            BodyMarkdown.Parse(Body),
            Language,
            Section,
            keywords,
            ParseLinks(Links, current.Links),
            Credit,
            Disclaimer,
            Revision);
        return (edit, null);
    }

    /// <summary>The publication time typed, read as UTC; null when blank or unreadable.</summary>
    public DateTimeOffset? PublishAtUtc() =>
        DateTime.TryParse(PublishAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : null;

    private static List<ArticleLink> ParseLinks(string? text, IReadOnlyList<ArticleLink> current)
    {
        var links = new List<ArticleLink>();
        foreach (var line in (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(EditLimits.Items + 1))
        {
            var bar = line.LastIndexOf('|');
            var title = bar < 0 ? line : line[..bar].Trim();
            var url = bar < 0 ? line : line[(bar + 1)..].Trim();
            var summary = current.FirstOrDefault(l => l.Url == url)?.Summary; // roundups keep their summaries
            links.Add(new ArticleLink(title.Length == 0 ? url : title, url, summary));
        }

        return links;
    }
}
