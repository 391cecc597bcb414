namespace Mirsad.Search.Lucene;

/// <summary>A keyword's slug and its spellings in Latin and Arabic script.</summary>
internal sealed record KeywordSpellings(string Slug, IReadOnlyList<string> Latin, IReadOnlyList<string> Arabic);
