namespace Mirsad.Core.Search;

/// <summary>Restrictions on a search; each null member means "any".</summary>
/// <param name="Source">Source outlet slug.</param>
/// <param name="Keyword">Keyword slug.</param>
/// <param name="Section">Section slug.</param>
/// <param name="Language">Language code ("en", "ar").</param>
/// <param name="From">First publication day included.</param>
/// <param name="To">Last publication day included.</param>
public sealed record SearchFilters(
    string? Source = null,
    string? Keyword = null,
    string? Section = null,
    string? Language = null,
    DateOnly? From = null,
    DateOnly? To = null)
{
    /// <summary>No restriction.</summary>
    public static SearchFilters None { get; } = new();

    /// <summary>True when no member restricts anything.</summary>
    public bool IsEmpty => this == None;
}
