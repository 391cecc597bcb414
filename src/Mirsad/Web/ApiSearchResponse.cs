using Mirsad.Core.Search;

namespace Mirsad.Web;

/// <summary>The JSON of GET /api/search (and <c>mirsad search --json</c>).</summary>
public sealed record ApiSearchResponse(
    int Total,
    int Page,
    int PageSize,
    string? Message,
    IReadOnlyList<ApiSearchHit> Hits,
    SearchFacets Facets,
    string? Suggestion = null)
{
    /// <summary>Maps search results to the API shape.</summary>
    public static ApiSearchResponse From(SearchResults results, string? note = null) => new(
        results.Total,
        results.Request.Page,
        results.Request.PageSize,
        note is null ? results.Message : results.Message is null ? note : note + " " + results.Message,
        results.Hits.Select(h => new ApiSearchHit(h.Id, h.Slug, h.Headline, Links.Article(h.Slug), h.SnippetHtml, h.Source, h.SourceName, h.PublishedAt, h.Language, h.Score)).ToList(),
        results.Facets,
        results.Suggestion);
}

/// <summary>One hit in the search API; <c>Snippet</c> is HTML whose only markup is &lt;mark&gt;.</summary>
public sealed record ApiSearchHit(
    string Id,
    string Slug,
    string Headline,
    string Url,
    string Snippet,
    string? Source,
    string? SourceName,
    DateTimeOffset? Published,
    string Language,
    float Score);
