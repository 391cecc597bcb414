namespace Mirsad.Core.Keywords;

/// <summary>A keyword of the vocabulary: the name every alias resolves to.</summary>
/// <param name="Name">Preferred display name.</param>
/// <param name="Kind">What it names.</param>
/// <param name="Slug">URL-safe unique name.</param>
/// <param name="Scope">For places: "country", or "capital:SLUG" (the capital of that country); null otherwise.</param>
public sealed record VocabularyEntry(string Name, KeywordKind Kind, string Slug, string? Scope = null)
{
    /// <summary>True for a country.</summary>
    public bool IsCountry => Scope == "country";

    /// <summary>The slug of the country whose capital this is; null when it is none.</summary>
    public string? CapitalOf => Scope is { } s && s.StartsWith("capital:", StringComparison.Ordinal) ? s["capital:".Length..] : null;
}
