using Mirsad.Core.Search;

namespace Mirsad.Web;

/// <summary>What the facet partial shows: a title, values with counts, the link each value makes, and the active value.</summary>
public sealed record FacetView(string Title, IReadOnlyList<FacetValue> Values, Func<string, string> Url, string? Active);
