namespace Mirsad.Core.Keywords;

/// <summary>An outlet with the number of published articles it has on one keyword.</summary>
/// <param name="Slug">The source's slug.</param>
/// <param name="Name">The source's display name.</param>
/// <param name="Count">Published articles.</param>
public sealed record KeywordSourceCount(string Slug, string Name, int Count);
