namespace Mirsad.Core.Articles;

/// <summary>One entry of the store's change log: the article as it now is, or null when it was deleted.</summary>
public sealed record ArticleChange(long Sequence, string Id, Article? Article);
