using Dapper;
using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;

namespace Mirsad.Storage.Sqlite;

/// <summary>Keywords, their aliases, the editors' vocabulary and their use by published articles, in the SQLite store.</summary>
public sealed class SqliteKeywordStore(SqliteDatabase database, TimeProvider time) : IKeywordStore
{
    private const string PublishedLinks = "article_keywords ak JOIN articles a ON a.id = ak.article_id AND a.status = 'Published'";
    private const string KeywordsInUse = "keywords k JOIN article_keywords ak ON ak.keyword_slug = k.slug JOIN articles a ON a.id = ak.article_id AND a.status = 'Published'";

    /// <inheritdoc />
    public Task<KeywordProfile?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        var row = connection.QueryFirstOrDefault<(string Slug, string Name, string Kind, string? Profile, long Blocked, string? MergedInto)>(
            "SELECT slug, name, kind, profile, blocked, merged_into FROM keywords WHERE slug = @slug", new { slug });
        if (row.Slug is null)
        {
            return Task.FromResult<KeywordProfile?>(null);
        }

        var aliases = connection.Query<string>("SELECT alias FROM keyword_aliases WHERE keyword_slug = @slug ORDER BY alias", new { slug }).ToList();
        var stats = connection.QueryFirst<(int Count, string? First, string? Last)>(
            $"SELECT COUNT(*), MIN(a.published_at), MAX(a.published_at) FROM {PublishedLinks} WHERE ak.keyword_slug = @slug", new { slug });
        var keyword = new Keyword(row.Slug, row.Name, Enum.Parse<KeywordKind>(row.Kind), aliases);
        return Task.FromResult<KeywordProfile?>(new KeywordProfile(
            keyword, stats.Count, ArticleMapping.ParseDate(stats.First), ArticleMapping.ParseDate(stats.Last), row.Profile, row.MergedInto, row.Blocked != 0));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<KeywordCount>> ListAsync(KeywordKind? kind = null, int limit = 200, CancellationToken cancellationToken = default) =>
        Counts(
            $"""
            SELECT k.slug, k.name, k.kind, COUNT(*) AS n
            FROM {KeywordsInUse}
            WHERE (@kind IS NULL OR k.kind = @kind) AND k.merged_into IS NULL
            GROUP BY k.slug
            ORDER BY n DESC, k.name
            LIMIT @limit
            """,
            new { kind = kind?.ToString(), limit });

    /// <inheritdoc />
    public Task AddAliasesAsync(Keyword keyword, IEnumerable<string> aliases, CancellationToken cancellationToken = default)
    {
        var now = ArticleMapping.FormatDate(time.GetUtcNow());
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute(
            "INSERT INTO keywords (slug, name, kind, created_at, updated_at) VALUES (@Slug, @Name, @kind, @now, @now) ON CONFLICT (slug) DO NOTHING",
            new { keyword.Slug, keyword.Name, kind = keyword.Kind.ToString(), now },
            transaction);
        foreach (var alias in aliases)
        {
            var key = KeywordNormalizer.Key(alias);
            if (key.Length > 0)
            {
                connection.Execute(
                    "INSERT INTO keyword_aliases (alias_key, alias, keyword_slug) VALUES (@key, @alias, @slug) ON CONFLICT (alias_key) DO UPDATE SET alias = excluded.alias, keyword_slug = excluded.keyword_slug",
                    new { key, alias, slug = keyword.Slug },
                    transaction);
            }
        }

        transaction.Commit();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CuratedKeyword>> CuratedAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        var aliases = connection.Query<(string Slug, string Alias)>(
                "SELECT ka.keyword_slug, ka.alias FROM keyword_aliases ka JOIN keywords k ON k.slug = ka.keyword_slug WHERE k.curated = 1 ORDER BY ka.alias")
            .ToLookup(a => a.Slug, a => a.Alias);
        IReadOnlyList<CuratedKeyword> list = connection.Query<(string Slug, string Name, string Kind, long Blocked, string? MergedInto)>(
                "SELECT slug, name, kind, blocked, merged_into FROM keywords WHERE curated = 1 ORDER BY slug")
            .Select(r => new CuratedKeyword(new Keyword(r.Slug, r.Name, Enum.Parse<KeywordKind>(r.Kind), aliases[r.Slug].ToList()), r.Blocked != 0, r.MergedInto))
            .ToList();
        return Task.FromResult(list);
    }

    /// <inheritdoc />
    public Task SaveCuratedAsync(CuratedKeyword keyword, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        var now = ArticleMapping.FormatDate(time.GetUtcNow());
        var k = keyword.Keyword;
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute(
            """
            INSERT INTO keywords (slug, name, kind, curated, blocked, merged_into, created_at, updated_at)
            VALUES (@Slug, @Name, @kind, 1, @blocked, @merged, @now, @now)
            ON CONFLICT (slug) DO UPDATE SET name = excluded.name, kind = excluded.kind, curated = 1,
                blocked = excluded.blocked, merged_into = excluded.merged_into, updated_at = excluded.updated_at
            """,
            new { k.Slug, k.Name, kind = k.Kind.ToString(), blocked = keyword.Blocked ? 1 : 0, merged = keyword.MergedInto, now },
            transaction);
        connection.Execute("DELETE FROM keyword_aliases WHERE keyword_slug = @Slug", new { k.Slug }, transaction);
        foreach (var alias in k.Aliases.Distinct(StringComparer.Ordinal))
        {
            var key = KeywordNormalizer.Key(alias);
            if (key.Length > 0)
            {
                connection.Execute(
                    "INSERT INTO keyword_aliases (alias_key, alias, keyword_slug) VALUES (@key, @alias, @Slug) ON CONFLICT (alias_key) DO UPDATE SET alias = excluded.alias, keyword_slug = excluded.keyword_slug",
                    new { key, alias, k.Slug },
                    transaction);
            }
        }

        transaction.Commit();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> SetProfileAsync(string slug, string? profile, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        var changed = connection.Execute(
            "UPDATE keywords SET profile = @profile, updated_at = @now WHERE slug = @slug",
            new { slug, profile = string.IsNullOrWhiteSpace(profile) ? null : profile.Trim(), now = ArticleMapping.FormatDate(time.GetUtcNow()) });
        return Task.FromResult(changed > 0);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ArticleIdsAsync(string slug, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        IReadOnlyList<string> ids = connection.Query<string>("SELECT article_id FROM article_keywords WHERE keyword_slug = @slug ORDER BY article_id", new { slug }).ToList();
        return Task.FromResult(ids);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<KeywordCount>> CooccurringAsync(string slug, int limit = 12, CancellationToken cancellationToken = default) =>
        Counts(
            $"""
            SELECT k.slug, k.name, k.kind, COUNT(*) AS n
            FROM {PublishedLinks}
            JOIN article_keywords other ON other.article_id = ak.article_id AND other.keyword_slug <> ak.keyword_slug
            JOIN keywords k ON k.slug = other.keyword_slug AND k.merged_into IS NULL AND k.blocked = 0
            WHERE ak.keyword_slug = @slug
            GROUP BY k.slug
            ORDER BY n DESC, k.name
            LIMIT @limit
            """,
            new { slug, limit });

    /// <inheritdoc />
    public Task<IReadOnlyList<KeywordSourceCount>> SourcesAsync(string slug, int limit = 8, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        IReadOnlyList<KeywordSourceCount> list = connection.Query<(string Slug, string Name, int Count)>(
                $"""
                SELECT s.slug, s.name, COUNT(*) AS n
                FROM {PublishedLinks} JOIN sources s ON s.slug = a.source_slug
                WHERE ak.keyword_slug = @slug
                GROUP BY s.slug
                ORDER BY n DESC, s.name
                LIMIT @limit
                """,
                new { slug, limit })
            .Select(r => new KeywordSourceCount(r.Slug, r.Name, r.Count))
            .ToList();
        return Task.FromResult(list);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MonthCount>> MonthsAsync(string slug, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        IReadOnlyList<MonthCount> list = connection.Query<(string Month, int Count)>(
                $"""
                SELECT a.published_month, COUNT(*) FROM {PublishedLinks}
                WHERE ak.keyword_slug = @slug AND a.published_month IS NOT NULL
                GROUP BY a.published_month ORDER BY a.published_month
                """,
                new { slug })
            .Select(r => MonthCount.FromKey(r.Month, r.Count))
            .ToList();
        return Task.FromResult(list);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<KeywordCount>> TrendingAsync(DateTimeOffset since, int limit = 12, CancellationToken cancellationToken = default) =>
        Counts(
            $"""
            SELECT k.slug, k.name, k.kind, COUNT(*) AS n
            FROM {KeywordsInUse}
            WHERE a.published_at >= @since AND k.merged_into IS NULL
            GROUP BY k.slug
            ORDER BY n DESC, k.name
            LIMIT @limit
            """,
            new { since = ArticleMapping.FormatDate(since), limit });

    private Task<IReadOnlyList<KeywordCount>> Counts(string sql, object parameters)
    {
        using var connection = database.Open();
        IReadOnlyList<KeywordCount> list = connection.Query<(string Slug, string Name, string Kind, int Count)>(sql, parameters)
            .Select(r => new KeywordCount(r.Slug, r.Name, Enum.Parse<KeywordKind>(r.Kind), r.Count))
            .ToList();
        return Task.FromResult(list);
    }
}
