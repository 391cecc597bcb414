using Mirsad.Core.Search;
using Mirsad.Core.Sources;

namespace Mirsad.Web;

/// <summary>What the hits partial shows: the hits, the number of the first, and the outlets by slug (names and leanings).</summary>
public sealed record SearchHitsView(IReadOnlyList<SearchHit> Hits, int Start, IReadOnlyDictionary<string, SourceOutlet> Outlets);
