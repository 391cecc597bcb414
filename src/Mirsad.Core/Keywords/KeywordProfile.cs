namespace Mirsad.Core.Keywords;

/// <summary>What a keyword page shows about a keyword.</summary>
/// <param name="Keyword">The keyword with its aliases.</param>
/// <param name="ArticleCount">Published articles that carry it.</param>
/// <param name="FirstSeen">Earliest publication date among them.</param>
/// <param name="LastSeen">Latest publication date among them.</param>
/// <param name="Profile">The editors' short profile, plain text; null when none.</param>
/// <param name="MergedInto">The keyword it was merged into (its page redirects there); null when none.</param>
/// <param name="Blocked">Editors blocked it: never given automatically.</param>
public sealed record KeywordProfile(
    Keyword Keyword,
    int ArticleCount,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    string? Profile,
    string? MergedInto = null,
    bool Blocked = false);
