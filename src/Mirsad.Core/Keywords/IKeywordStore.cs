namespace Mirsad.Core.Keywords;

/// <summary>The stored keywords: names, kinds, aliases and how articles use them.</summary>
public interface IKeywordStore
{
    /// <summary>A keyword's profile by slug; null when unknown.</summary>
    Task<KeywordProfile?> GetAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>Keywords with published articles, most used first; optionally of one kind.</summary>
    Task<IReadOnlyList<KeywordCount>> ListAsync(KeywordKind? kind = null, int limit = 200, CancellationToken cancellationToken = default);

    /// <summary>Adds aliases to a keyword (creating the keyword when missing).</summary>
    Task AddAliasesAsync(Keyword keyword, IEnumerable<string> aliases, CancellationToken cancellationToken = default);
}
