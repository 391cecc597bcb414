namespace Mirsad.Core.Articles;

/// <summary>The outcome of saving a batch.</summary>
/// <param name="Sequence">The store's change sequence after the save.</param>
/// <param name="Saved">The articles as stored (slugs made unique), in input order; unchanged ones are left out.</param>
/// <param name="Unchanged">How many articles were already stored exactly as given.</param>
public sealed record SaveResult(long Sequence, IReadOnlyList<Article> Saved, int Unchanged);
