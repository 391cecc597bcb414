namespace Mirsad.Core.Search;

/// <summary>A reader's search: what they typed, the filters they chose, and what the page needs back.</summary>
public sealed record SearchRequest
{
    /// <summary>The longest page size served.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The deepest result reachable by paging; deeper pages are refused with a message.</summary>
    public const int MaxDepth = 10_000;

    /// <summary>The query as typed; null or blank lists everything that matches the filters.</summary>
    public string? Query { get; init; }

    /// <summary>Filters to apply.</summary>
    public SearchFilters Filters { get; init; } = SearchFilters.None;

    /// <summary>Order of results.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Hits per page.</summary>
    public int PageSize { get; init; } = 10;

    /// <summary>Whether hits carry highlighted snippets.</summary>
    public bool Snippets { get; init; } = true;

    /// <summary>Whether facet counts (source, keyword, year) are computed.</summary>
    public bool Facets { get; init; } = true;

    /// <summary>Whether a spelling suggestion ("did you mean") is looked for when a word is unknown or rare.</summary>
    public bool Suggest { get; init; } = true;

    /// <summary>How many values each facet returns at most.</summary>
    public int FacetSize { get; init; } = 10;

    /// <summary>Returns a copy with page and page size brought into range.</summary>
    public SearchRequest Normalized()
    {
        var size = Math.Clamp(PageSize, 1, MaxPageSize);
        var page = Math.Clamp(Page, 1, MaxDepth / size);
        return this with { PageSize = size, Page = page };
    }
}
