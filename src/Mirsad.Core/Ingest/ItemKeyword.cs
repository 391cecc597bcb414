namespace Mirsad.Core.Ingest;

/// <summary>A keyword found in a monitored item (by the same extractor that tags articles).</summary>
public sealed record ItemKeyword(string Slug, string Name);
