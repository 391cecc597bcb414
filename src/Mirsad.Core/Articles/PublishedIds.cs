namespace Mirsad.Core.Articles;

/// <summary>The ids of the published articles at one change sequence of the store.</summary>
/// <param name="Sequence">The store's change sequence when the ids were read.</param>
/// <param name="Ids">The published articles' ids.</param>
public sealed record PublishedIds(long Sequence, IReadOnlyList<string> Ids);
