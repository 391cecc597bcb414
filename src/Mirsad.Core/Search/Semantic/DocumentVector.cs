namespace Mirsad.Core.Search.Semantic;

/// <summary>An article's meaning vector and the hash of the text it was computed from.</summary>
public sealed record DocumentVector(string Id, long TextHash, float[] Vector);
