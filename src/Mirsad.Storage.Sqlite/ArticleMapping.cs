using System.Globalization;
using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;

namespace Mirsad.Storage.Sqlite;

/// <summary>Conversions between domain records and the text columns that hold them.</summary>
internal static class ArticleMapping
{
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string? FormatDate(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseDate(string? value) =>
        value is null ? null : DateTimeOffset.ParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static SourceOutlet? Source(ArticleRow row) =>
        row.SourceSlug is null ? null : new SourceOutlet(row.SourceSlug, row.SourceName ?? row.SourceSlug, row.SourceHomepage, row.SourceLanguage, row.SourceCountry, row.SourceLeaning);

    public static Article ToArticle(ArticleRow row, IEnumerable<KeywordLinkRow> keywords) => new()
    {
        Id = row.Id,
        Slug = row.Slug,
        Headline = row.Headline,
        Standfirst = row.Standfirst,
        Body = ArticleJson.DeserializeBody(row.Body),
        Language = row.Language,
        PublishedAt = ParseDate(row.PublishedAt),
        Section = row.Section,
        Source = Source(row),
        Url = row.Url,
        Original = ArticleJson.DeserializeOriginal(row.Original),
        Credit = row.Credit,
        Disclaimer = row.Disclaimer,
        Status = Enum.Parse<ArticleStatus>(row.Status),
        Kind = Enum.Parse<ArticleKind>(row.Kind),
        Links = ArticleJson.DeserializeLinks(row.Links),
        Keywords = keywords.Select(k => new ArticleKeyword(k.Slug, k.Name, Enum.Parse<KeywordKind>(k.Kind), Enum.Parse<KeywordOrigin>(k.Origin))).ToList(),
    };

    public static ArticleSummary ToSummary(ArticleRow row) =>
        new(row.Id, row.Slug, row.Headline, row.Standfirst, ParseDate(row.PublishedAt), row.Language, row.Section, Source(row));
}
