using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;

namespace Mirsad.Storage.Postgres;

/// <summary>An articles row joined with its source, as Dapper reads it, and its keyword links.</summary>
internal sealed class PgArticleRow
{
    public const string Columns = """
        a.id AS Id, a.slug AS Slug, a.headline AS Headline, a.standfirst AS Standfirst, a.body AS Body,
        a.language AS Language, a.published_at AS PublishedAt, a.section AS Section, a.url AS Url,
        a.original AS Original, a.credit AS Credit, a.disclaimer AS Disclaimer, a.status AS Status,
        a.kind AS Kind, a.links AS Links,
        s.slug AS SourceSlug, s.name AS SourceName, s.homepage AS SourceHomepage, s.language AS SourceLanguage,
        s.country AS SourceCountry, s.leaning AS SourceLeaning
        """;

    public const string SummaryColumns = """
        a.id AS Id, a.slug AS Slug, a.headline AS Headline, a.standfirst AS Standfirst, a.language AS Language,
        a.published_at AS PublishedAt, a.section AS Section, a.status AS Status,
        s.slug AS SourceSlug, s.name AS SourceName, s.homepage AS SourceHomepage, s.language AS SourceLanguage,
        s.country AS SourceCountry, s.leaning AS SourceLeaning
        """;

    public const string From = "articles a LEFT JOIN sources s ON s.slug = a.source_slug";

    public string Id { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Headline { get; set; } = "";
    public string? Standfirst { get; set; }
    public string Body { get; set; } = "[]";
    public string Language { get; set; } = "en";
    public DateTime? PublishedAt { get; set; }
    public string? Section { get; set; }
    public string? Url { get; set; }
    public string? Original { get; set; }
    public string? Credit { get; set; }
    public string? Disclaimer { get; set; }
    public string Status { get; set; } = "Published";
    public string Kind { get; set; } = "Story";
    public string? Links { get; set; }
    public string? SourceSlug { get; set; }
    public string? SourceName { get; set; }
    public string? SourceHomepage { get; set; }
    public string? SourceLanguage { get; set; }
    public string? SourceCountry { get; set; }
    public string? SourceLeaning { get; set; }

    public SourceOutlet? Source => SourceSlug is null ? null : new SourceOutlet(SourceSlug, SourceName ?? SourceSlug, SourceHomepage, SourceLanguage, SourceCountry, SourceLeaning);

    public Article ToArticle(IEnumerable<PgKeywordLink> keywords) => new()
    {
        Id = Id,
        Slug = Slug,
        Headline = Headline,
        Standfirst = Standfirst,
        Body = ArticleJson.DeserializeBody(Body),
        Language = Language,
        PublishedAt = PgTime.Read(PublishedAt),
        Section = Section,
        Source = Source,
        Url = Url,
        Original = ArticleJson.DeserializeOriginal(Original),
        Credit = Credit,
        Disclaimer = Disclaimer,
        Status = Enum.Parse<ArticleStatus>(Status),
        Kind = Enum.Parse<ArticleKind>(Kind),
        Links = ArticleJson.DeserializeLinks(Links),
        Keywords = keywords.Select(k => new ArticleKeyword(k.Slug, k.Name, Enum.Parse<KeywordKind>(k.Kind), Enum.Parse<KeywordOrigin>(k.Origin))).ToList(),
    };

    public ArticleSummary ToSummary() => new(Id, Slug, Headline, Standfirst, PgTime.Read(PublishedAt), Language, Section, Source);
}
