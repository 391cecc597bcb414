namespace Mirsad.Core.Articles;

/// <summary>What a sitemap needs of a published article: its address, headline, language and dates.</summary>
/// <param name="Slug">The article's slug.</param>
/// <param name="Headline">The headline (a news sitemap's title).</param>
/// <param name="Language">ISO 639-1 code of its text.</param>
/// <param name="PublishedAt">When it was published; null when unknown.</param>
/// <param name="ModifiedAt">When the stored article last changed.</param>
public sealed record ArticleAddress(string Slug, string Headline, string Language, DateTimeOffset? PublishedAt, DateTimeOffset ModifiedAt);
