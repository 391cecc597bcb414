using Dapper;
using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;

namespace Mirsad.Storage.Postgres;

/// <summary>Keywords, their aliases, the editors' vocabulary and their use by published articles, in PostgreSQL.</summary>
public sealed class PostgresKeywordStore(PostgresDatabase database, TimeProvider time) : IKeywordStore
{
    private const string PublishedLinks = "article_keywords ak JOIN articles a ON a.id = ak.article_id AND a.status = 'Published'";
    private const string KeywordsInUse = "keywords k JOIN article_keywords ak ON ak.keyword_slug = k.slug JOIN articles a ON a.id = ak.article_id AND a.status = 'Published'";

    private const string UpsertAlias =
        "INSERT INTO keyword_aliases (alias_key, alias, keyword_slug) VALUES (@key, @alias, @slug) ON CONFLICT (alias_key) DO UPDATE SET alias = excluded.alias, keyword_slug = excluded.keyword_slug";

    /// <inheritdoc />
    public async Task<KeywordProfile?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<(string Slug, string Name, string Kind, string? Profile, bool Blocked, string? MergedInto)?>(new CommandDefinition(
            "SELECT slug, name, kind, profile, blocked, merged_into FROM keywords WHERE slug = @slug", new { slug }, cancellationToken: cancellationToken));
        if (row is not { } r)
        {
            return null;
        }

        var aliases = (await connection.QueryAsync<string>(new CommandDefinition("SELECT alias FROM keyword_aliases WHERE keyword_slug = @slug ORDER BY alias", new { slug }, cancellationToken: cancellationToken))).ToList();
        var stats = await connection.QueryFirstAsync<(long Count, DateTime? First, DateTime? Last)>(new CommandDefinition(
            $"SELECT COUNT(*), MIN(a.published_at), MAX(a.published_at) FROM {PublishedLinks} WHERE ak.keyword_slug = @slug", new { slug }, cancellationToken: cancellationToken));
        var keyword = new Keyword(r.Slug, r.Name, Enum.Parse<KeywordKind>(r.Kind), aliases);
        return new KeywordProfile(keyword, (int)stats.Count, PgTime.Read(stats.First), PgTime.Read(stats.Last), r.Profile, r.MergedInto, r.Blocked);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<KeywordCount>> ListAsync(KeywordKind? kind = null, int limit = 200, CancellationToken cancellationToken = default) =>
        CountsAsync(
            $"""
            SELECT k.slug, k.name, k.kind, COUNT(*) AS n
            FROM {KeywordsInUse}
            WHERE (@kind::text IS NULL OR k.kind = @kind) AND k.merged_into IS NULL
            GROUP BY k.slug
            ORDER BY n DESC, k.name
            LIMIT @limit
            """,
            new { kind = kind?.ToString(), limit },
            cancellationToken);

    /// <inheritdoc />
    public async Task AddAliasesAsync(Keyword keyword, IEnumerable<string> aliases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        ArgumentNullException.ThrowIfNull(aliases);
        var now = PgTime.Write(time.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO keywords (slug, name, kind, created_at, updated_at) VALUES (@Slug, @Name, @kind, @now, @now) ON CONFLICT (slug) DO NOTHING",
            new { keyword.Slug, keyword.Name, kind = keyword.Kind.ToString(), now },
            transaction,
            cancellationToken: cancellationToken));
        foreach (var alias in aliases)
        {
            var key = KeywordNormalizer.Key(alias);
            if (key.Length > 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(UpsertAlias, new { key, alias, slug = keyword.Slug }, transaction, cancellationToken: cancellationToken));
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CuratedKeyword>> CuratedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var aliases = (await connection.QueryAsync<(string Slug, string Alias)>(new CommandDefinition(
                "SELECT ka.keyword_slug, ka.alias FROM keyword_aliases ka JOIN keywords k ON k.slug = ka.keyword_slug WHERE k.curated ORDER BY ka.alias", cancellationToken: cancellationToken)))
            .ToLookup(a => a.Slug, a => a.Alias);
        return (await connection.QueryAsync<(string Slug, string Name, string Kind, bool Blocked, string? MergedInto)>(new CommandDefinition(
                "SELECT slug, name, kind, blocked, merged_into FROM keywords WHERE curated ORDER BY slug", cancellationToken: cancellationToken)))
            .Select(r => new CuratedKeyword(new Keyword(r.Slug, r.Name, Enum.Parse<KeywordKind>(r.Kind), aliases[r.Slug].ToList()), r.Blocked, r.MergedInto))
            .ToList();
    }

    /// <inheritdoc />
    public async Task SaveCuratedAsync(CuratedKeyword keyword, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        var now = PgTime.Write(time.GetUtcNow());
        var k = keyword.Keyword;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO keywords (slug, name, kind, curated, blocked, merged_into, created_at, updated_at)
            VALUES (@Slug, @Name, @kind, true, @Blocked, @MergedInto, @now, @now)
            ON CONFLICT (slug) DO UPDATE SET name = excluded.name, kind = excluded.kind, curated = true,
                blocked = excluded.blocked, merged_into = excluded.merged_into, updated_at = excluded.updated_at
            """,
            new { k.Slug, k.Name, kind = k.Kind.ToString(), keyword.Blocked, keyword.MergedInto, now },
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM keyword_aliases WHERE keyword_slug = @Slug", new { k.Slug }, transaction, cancellationToken: cancellationToken));
        foreach (var alias in k.Aliases.Distinct(StringComparer.Ordinal))
        {
            var key = KeywordNormalizer.Key(alias);
            if (key.Length > 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(UpsertAlias, new { key, alias, slug = k.Slug }, transaction, cancellationToken: cancellationToken));
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> SetProfileAsync(string slug, string? profile, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE keywords SET profile = @profile, updated_at = @now WHERE slug = @slug",
            new { slug, profile = string.IsNullOrWhiteSpace(profile) ? null : profile.Trim(), now = PgTime.Write(time.GetUtcNow()) },
            cancellationToken: cancellationToken)) > 0;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ArticleIdsAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition("SELECT article_id FROM article_keywords WHERE keyword_slug = @slug ORDER BY article_id", new { slug }, cancellationToken: cancellationToken))).ToList();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<KeywordCount>> CooccurringAsync(string slug, int limit = 12, CancellationToken cancellationToken = default) =>
        CountsAsync(
            $"""
            SELECT k.slug, k.name, k.kind, COUNT(*) AS n
            FROM {PublishedLinks}
            JOIN article_keywords other ON other.article_id = ak.article_id AND other.keyword_slug <> ak.keyword_slug
            JOIN keywords k ON k.slug = other.keyword_slug AND k.merged_into IS NULL AND NOT k.blocked
            WHERE ak.keyword_slug = @slug
            GROUP BY k.slug
            ORDER BY n DESC, k.name
            LIMIT @limit
            """,
            new { slug, limit },
            cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<KeywordSourceCount>> SourcesAsync(string slug, int limit = 8, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<(string Slug, string Name, long Count)>(new CommandDefinition(
                $"""
                SELECT s.slug, s.name, COUNT(*) AS n
                FROM {PublishedLinks} JOIN sources s ON s.slug = a.source_slug
                WHERE ak.keyword_slug = @slug
                GROUP BY s.slug
                ORDER BY n DESC, s.name
                LIMIT @limit
                """,
                new { slug, limit },
                cancellationToken: cancellationToken)))
            .Select(r => new KeywordSourceCount(r.Slug, r.Name, (int)r.Count))
            .ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MonthCount>> MonthsAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<(string Month, long Count)>(new CommandDefinition(
                $"""
                SELECT a.published_month, COUNT(*) FROM {PublishedLinks}
                WHERE ak.keyword_slug = @slug AND a.published_month IS NOT NULL
                GROUP BY a.published_month ORDER BY a.published_month
                """,
                new { slug },
                cancellationToken: cancellationToken)))
            .Select(r => MonthCount.FromKey(r.Month, (int)r.Count))
            .ToList();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<KeywordCount>> TrendingAsync(DateTimeOffset since, int limit = 12, CancellationToken cancellationToken = default) =>
        CountsAsync(
            $"""
            SELECT k.slug, k.name, k.kind, COUNT(*) AS n
            FROM {KeywordsInUse}
            WHERE a.published_at >= @since AND k.merged_into IS NULL
            GROUP BY k.slug
            ORDER BY n DESC, k.name
            LIMIT @limit
            """,
            new { since = PgTime.Write(since), limit },
            cancellationToken);

    private async Task<IReadOnlyList<KeywordCount>> CountsAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<(string Slug, string Name, string Kind, long Count)>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)))
            .Select(r => new KeywordCount(r.Slug, r.Name, Enum.Parse<KeywordKind>(r.Kind), (int)r.Count))
            .ToList();
    }
}
