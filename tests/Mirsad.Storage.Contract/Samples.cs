using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;

namespace Mirsad.Storage.Contract;

/// <summary>Articles and keywords the contract tests store.</summary>
public static class Samples
{
    /// <summary>Vladimir Putin, a person.</summary>
    public static readonly ArticleKeyword Putin = new("vladimir-putin", "Vladimir Putin", KeywordKind.Person);

    /// <summary>Syria, a place.</summary>
    public static readonly ArticleKeyword Syria = new("syria", "Syria", KeywordKind.Place);

    /// <summary>Idlib, a place.</summary>
    public static readonly ArticleKeyword Idlib = new("idlib", "Idlib", KeywordKind.Place);

    /// <summary>Noon UTC on a day.</summary>
    public static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A full article: every part set, so a round trip shows what a store loses.</summary>
    public static Article Article(string id, string headline = "Putin writes to Sharaa", DateTimeOffset? date = null, ArticleStatus status = ArticleStatus.Published) => new()
    {
        Id = id,
        Slug = string.Empty,
        Headline = headline,
        Standfirst = "Stand.",
        Body = [ArticleBlock.Paragraph("One."), ArticleBlock.Subheading("Sub"), ArticleBlock.Quote("Q.")],
        PublishedAt = date ?? new DateTimeOffset(2025, 4, 8, 9, 0, 0, TimeSpan.Zero),
        Section = "Foreign Actors",
        Source = new SourceOutlet("syria-tv", "Syria TV"),
        Original = new ArticleOriginal("رسالة", "نص", "ar", "https://example.org/x"),
        Keywords = [Putin, new ArticleKeyword("russia", "Russia", KeywordKind.Place, KeywordOrigin.Editor)],
        Status = status,
    };

    /// <summary>A roundup with links, as the newsroom makes one.</summary>
    public static Article Roundup(string id, string slug = "", ArticleStatus status = ArticleStatus.Draft) => new()
    {
        Id = id,
        Slug = slug,
        Headline = "Week in review",
        Body = [ArticleBlock.Subheading("Story"), ArticleBlock.Paragraph("Summary.")],
        Kind = ArticleKind.Roundup,
        Links = [new ArticleLink("Story", "/article/story", "Summary.")],
        Status = status,
    };
}
