namespace Mirsad.Core.Keywords;

/// <summary>A keyword of the vocabulary: the name every alias resolves to.</summary>
/// <param name="Name">Preferred display name.</param>
/// <param name="Kind">What it names.</param>
/// <param name="Slug">URL-safe unique name.</param>
public sealed record VocabularyEntry(string Name, KeywordKind Kind, string Slug);
