namespace Mirsad.Core.Keywords;

/// <summary>A helpful keyword: one person, organisation, place or topic, with every name it goes by.</summary>
/// <param name="Slug">URL-safe unique name; its page is /keyword/{slug}.</param>
/// <param name="Name">The preferred display name.</param>
/// <param name="Kind">What it names.</param>
/// <param name="Aliases">Other names that mean the same (spellings, transliterations, Arabic forms).</param>
public sealed record Keyword(string Slug, string Name, KeywordKind Kind, IReadOnlyList<string> Aliases)
{
    /// <summary>Creates a keyword with no aliases.</summary>
    public Keyword(string slug, string name, KeywordKind kind)
        : this(slug, name, kind, [])
    {
    }
}
