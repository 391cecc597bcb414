using Mirsad.Core.Articles;

namespace Mirsad.Core.Keywords;

/// <summary>The stored keywords: names, kinds, aliases, the editors' vocabulary and how articles use them.</summary>
public interface IKeywordStore
{
    /// <summary>A keyword's profile by slug; null when unknown.</summary>
    Task<KeywordProfile?> GetAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>Keywords with published articles, most used first; optionally of one kind.</summary>
    Task<IReadOnlyList<KeywordCount>> ListAsync(KeywordKind? kind = null, int limit = 200, CancellationToken cancellationToken = default);

    /// <summary>Adds aliases to a keyword (creating the keyword when missing).</summary>
    Task AddAliasesAsync(Keyword keyword, IEnumerable<string> aliases, CancellationToken cancellationToken = default);

    /// <summary>Every keyword editors have curated, with its aliases; the extraction vocabulary's additions.</summary>
    Task<IReadOnlyList<CuratedKeyword>> CuratedAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a keyword as editors set it (creating it when missing) and marks it curated: name, kind,
    /// blocked and merged state; its aliases become exactly <see cref="Keyword.Aliases"/> (an alias
    /// another keyword had moves here).
    /// </summary>
    Task SaveCuratedAsync(CuratedKeyword keyword, CancellationToken cancellationToken = default);

    /// <summary>Sets (or, with null, clears) a keyword's short profile; false when the keyword is unknown.</summary>
    Task<bool> SetProfileAsync(string slug, string? profile, CancellationToken cancellationToken = default);

    /// <summary>Ids of every article (any status) that carries the keyword.</summary>
    Task<IReadOnlyList<string>> ArticleIdsAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>The keywords most often on the same published articles, most shared first.</summary>
    Task<IReadOnlyList<KeywordCount>> CooccurringAsync(string slug, int limit = 12, CancellationToken cancellationToken = default);

    /// <summary>The sources with most published articles on the keyword.</summary>
    Task<IReadOnlyList<KeywordSourceCount>> SourcesAsync(string slug, int limit = 8, CancellationToken cancellationToken = default);

    /// <summary>Published articles on the keyword per month, oldest month first.</summary>
    Task<IReadOnlyList<MonthCount>> MonthsAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>Keywords on the most published articles dated on or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<KeywordCount>> TrendingAsync(DateTimeOffset since, int limit = 12, CancellationToken cancellationToken = default);
}
