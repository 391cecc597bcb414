namespace Mirsad.Core.Search;

/// <summary>A keyword suggested while typing.</summary>
/// <param name="Slug">The keyword's slug (its page address).</param>
/// <param name="Name">Its display name.</param>
/// <param name="Count">Published articles with the keyword.</param>
public sealed record KeywordCompletion(string Slug, string Name, int Count);
