namespace Mirsad.Core.Search;

/// <summary>One search result.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Slug">The article's slug.</param>
/// <param name="Headline">The headline.</param>
/// <param name="SnippetHtml">A short passage with matches wrapped in &lt;mark&gt;; everything else is HTML-escaped.</param>
/// <param name="Source">Source slug, when known.</param>
/// <param name="SourceName">Source display name, when known.</param>
/// <param name="PublishedAt">Publication time, when known.</param>
/// <param name="Language">Language code of the article.</param>
/// <param name="Score">Relevance score (0 when sorted by date).</param>
public sealed record SearchHit(
    string Id,
    string Slug,
    string Headline,
    string SnippetHtml,
    string? Source,
    string? SourceName,
    DateTimeOffset? PublishedAt,
    string Language,
    float Score);
