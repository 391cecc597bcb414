namespace Mirsad.Core.Keywords;

/// <summary>A keyword chosen for a text, with the score that ranked it.</summary>
/// <param name="Name">Display name (the vocabulary's preferred name when known).</param>
/// <param name="Slug">URL-safe name.</param>
/// <param name="Kind">What it names.</param>
/// <param name="Score">Ranking score; comparable only within one text.</param>
/// <param name="Mentions">How often the text names it (demonyms such as "Syrian" count half).</param>
/// <param name="Entry">The vocabulary entry it resolved to; null for a name or topic the vocabulary does not know.</param>
public sealed record ExtractedKeyword(string Name, string Slug, KeywordKind Kind, double Score, double Mentions = 0, VocabularyEntry? Entry = null);
