namespace Mirsad.Core.Articles;

/// <summary>A section with its number of published articles.</summary>
public sealed record SectionCount(string Slug, string Name, int Count);
