namespace Mirsad.Core.Keywords;

/// <summary>What an editor's change to the vocabulary did.</summary>
/// <param name="Slug">The keyword the change leaves standing (the merge target, the new keyword of a split).</param>
/// <param name="ArticlesChanged">Articles relabelled (written again, so the search index follows).</param>
public sealed record KeywordEditResult(string Slug, int ArticlesChanged);
