namespace Mirsad.Core.Search;

/// <summary>One value of a facet with the number of matching articles.</summary>
/// <param name="Value">The filter value (a slug or a year).</param>
/// <param name="Label">What readers see.</param>
/// <param name="Count">Matching articles with this value.</param>
public sealed record FacetValue(string Value, string Label, int Count);
