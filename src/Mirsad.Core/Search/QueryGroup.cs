namespace Mirsad.Core.Search;

/// <summary>One or more alternatives joined by OR; a required group (typed with +) must match.</summary>
public sealed record QueryGroup(IReadOnlyList<QueryTerm> Alternatives, bool Required);
