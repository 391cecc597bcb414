using Dapper;
using Mirsad.Core.Keywords;

namespace Mirsad.Storage.Sqlite;

/// <summary>Keywords, their aliases and their use by published articles, in the SQLite store.</summary>
public sealed class SqliteKeywordStore(SqliteDatabase database, TimeProvider time) : IKeywordStore
{
    /// <inheritdoc />
    public Task<KeywordProfile?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        var row = connection.QueryFirstOrDefault<(string Slug, string Name, string Kind, string? Profile)>(
            "SELECT slug, name, kind, profile FROM keywords WHERE slug = @slug", new { slug });
        if (row.Slug is null)
        {
            return Task.FromResult<KeywordProfile?>(null);
        }

        var aliases = connection.Query<string>("SELECT alias FROM keyword_aliases WHERE keyword_slug = @slug ORDER BY alias", new { slug }).ToList();
        var stats = connection.QueryFirst<(int Count, string? First, string? Last)>(
            """
            SELECT COUNT(*), MIN(a.published_at), MAX(a.published_at)
            FROM article_keywords ak JOIN articles a ON a.id = ak.article_id AND a.status = 'Published'
            WHERE ak.keyword_slug = @slug
            """,
            new { slug });
        var keyword = new Keyword(row.Slug, row.Name, Enum.Parse<KeywordKind>(row.Kind), aliases);
        return Task.FromResult<KeywordProfile?>(new KeywordProfile(keyword, stats.Count, ArticleMapping.ParseDate(stats.First), ArticleMapping.ParseDate(stats.Last), row.Profile));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<KeywordCount>> ListAsync(KeywordKind? kind = null, int limit = 200, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        IReadOnlyList<KeywordCount> list = connection.Query<(string Slug, string Name, string Kind, int Count)>(
                """
                SELECT k.slug, k.name, k.kind, COUNT(*) AS n
                FROM keywords k
                JOIN article_keywords ak ON ak.keyword_slug = k.slug
                JOIN articles a ON a.id = ak.article_id AND a.status = 'Published'
                WHERE @kind IS NULL OR k.kind = @kind
                GROUP BY k.slug
                ORDER BY n DESC, k.name
                LIMIT @limit
                """,
                new { kind = kind?.ToString(), limit })
            .Select(r => new KeywordCount(r.Slug, r.Name, Enum.Parse<KeywordKind>(r.Kind), r.Count))
            .ToList();
        return Task.FromResult(list);
    }

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
}
