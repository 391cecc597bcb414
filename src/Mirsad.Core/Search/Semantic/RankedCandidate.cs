namespace Mirsad.Core.Search.Semantic;

/// <summary>One match being ranked: the article id, a handle the index knows it by, and its score.</summary>
public sealed record RankedCandidate(string Id, int Handle, float Score);
