namespace Mirsad.Core.Search;

/// <summary>An article suggested while typing, by its headline.</summary>
/// <param name="Slug">The article's slug (its page address).</param>
/// <param name="Headline">The headline.</param>
/// <param name="Language">The article's language code.</param>
public sealed record HeadlineCompletion(string Slug, string Headline, string Language);
