namespace Mirsad.Core.Articles;

/// <summary>The text an article was translated from, with its language and where it was found.</summary>
public sealed record ArticleOriginal(string? Headline, string? Text, string? Language, string? Url);
