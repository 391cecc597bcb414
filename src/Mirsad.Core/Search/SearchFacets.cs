namespace Mirsad.Core.Search;

/// <summary>Facet counts over all articles matching a search, largest first.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Sources,
    IReadOnlyList<FacetValue> Keywords,
    IReadOnlyList<FacetValue> Years)
{
    /// <summary>No facets.</summary>
    public static SearchFacets Empty { get; } = new([], [], []);
}
