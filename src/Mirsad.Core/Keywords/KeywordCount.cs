namespace Mirsad.Core.Keywords;

/// <summary>A keyword with the number of published articles that carry it.</summary>
public sealed record KeywordCount(string Slug, string Name, KeywordKind Kind, int Count);
