namespace Mirsad.Core.Search;

/// <summary>A page of search results.</summary>
public sealed record SearchResults
{
    /// <summary>Number of matching articles.</summary>
    public required int Total { get; init; }

    /// <summary>The hits on this page.</summary>
    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>Facet counts, or <see cref="SearchFacets.Empty"/> when not asked for.</summary>
    public SearchFacets Facets { get; init; } = SearchFacets.Empty;

    /// <summary>A note for the reader when the query was read differently from how it was typed.</summary>
    public string? Message { get; init; }

    /// <summary>
    /// The query with unknown or rare words replaced by common words of the archive one or two letters
    /// away ("did you mean"), or null when every word looks right.
    /// </summary>
    public string? Suggestion { get; init; }

    /// <summary>The request these results answer (normalised).</summary>
    public required SearchRequest Request { get; init; }

    /// <summary>Number of pages.</summary>
    public int PageCount => Total == 0 ? 0 : (int)Math.Ceiling(Math.Min(Total, SearchRequest.MaxDepth) / (double)Request.PageSize);

    /// <summary>No results.</summary>
    public static SearchResults Empty(SearchRequest request, string? message = null) =>
        new() { Total = 0, Hits = [], Request = request, Message = message };
}
