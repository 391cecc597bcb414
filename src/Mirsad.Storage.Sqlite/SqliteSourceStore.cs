using Dapper;
using Mirsad.Core.Sources;

namespace Mirsad.Storage.Sqlite;

/// <summary>Source outlets in the SQLite store.</summary>
public sealed class SqliteSourceStore(SqliteDatabase database, TimeProvider time) : ISourceStore
{
    private const string Columns = "slug AS Slug, name AS Name, homepage AS Homepage, language AS Language, country AS Country, leaning AS Leaning";

    /// <inheritdoc />
    public Task<SourceOutlet?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        var row = connection.QueryFirstOrDefault<SourceRow>($"SELECT {Columns} FROM sources WHERE slug = @slug", new { slug });
        return Task.FromResult(row?.ToSource());
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SourceOutlet>> ListAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        IReadOnlyList<SourceOutlet> sources = connection.Query<SourceRow>($"SELECT {Columns} FROM sources ORDER BY name COLLATE NOCASE").Select(r => r.ToSource()).ToList();
        return Task.FromResult(sources);
    }

    /// <inheritdoc />
    public Task UpsertAsync(SourceOutlet source, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        connection.Execute(
            """
            INSERT INTO sources (slug, name, homepage, language, country, leaning, created_at, updated_at)
            VALUES (@Slug, @Name, @Homepage, @Language, @Country, @Leaning, @now, @now)
            ON CONFLICT (slug) DO UPDATE SET name = excluded.name, homepage = excluded.homepage, language = excluded.language,
                country = excluded.country, leaning = excluded.leaning, updated_at = excluded.updated_at
            """,
            new { source.Slug, source.Name, source.Homepage, source.Language, source.Country, source.Leaning, now = ArticleMapping.FormatDate(time.GetUtcNow()) });
        return Task.CompletedTask;
    }
}
