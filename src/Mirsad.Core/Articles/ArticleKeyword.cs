using Mirsad.Core.Keywords;

namespace Mirsad.Core.Articles;

/// <summary>A helpful keyword as attached to one article, best first.</summary>
/// <param name="Slug">The keyword's slug (its page is /keyword/{slug}).</param>
/// <param name="Name">The keyword's display name.</param>
/// <param name="Kind">Person, organisation, place or topic.</param>
/// <param name="Origin">Where the link came from: extracted automatically, given by the import, or set by an editor.</param>
public sealed record ArticleKeyword(string Slug, string Name, KeywordKind Kind, KeywordOrigin Origin = KeywordOrigin.Auto);
