using Mirsad.Core.Keywords;

namespace Mirsad.Core.Ingest;

/// <summary>A keyword found in a monitored item (by the same extractor that tags articles).</summary>
/// <param name="Slug">URL-safe name.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">What it names, when known (items finished before kinds were kept have none).</param>
public sealed record ItemKeyword(string Slug, string Name, KeywordKind? Kind = null);
