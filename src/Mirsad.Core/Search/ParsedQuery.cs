namespace Mirsad.Core.Search;

/// <summary>A reader's query read into groups of alternatives and exclusions.</summary>
/// <param name="Groups">What to look for, in the order typed.</param>
/// <param name="Excluded">Terms typed with a leading minus.</param>
/// <param name="Message">Set when the query was read differently from how it was typed.</param>
public sealed record ParsedQuery(IReadOnlyList<QueryGroup> Groups, IReadOnlyList<QueryTerm> Excluded, string? Message)
{
    /// <summary>Nothing to search for (list by filters only).</summary>
    public bool IsEmpty => Groups.Count == 0 && Excluded.Count == 0;

    /// <summary>Every term to look for, phrases included, for highlighting and suggestions.</summary>
    public IEnumerable<QueryTerm> PositiveTerms => Groups.SelectMany(g => g.Alternatives);
}
