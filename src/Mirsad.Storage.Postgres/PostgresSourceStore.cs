using Dapper;
using Mirsad.Core.Sources;

namespace Mirsad.Storage.Postgres;

/// <summary>Source outlets in PostgreSQL.</summary>
public sealed class PostgresSourceStore(PostgresDatabase database, TimeProvider time) : ISourceStore
{
    internal const string Columns = "slug AS Slug, name AS Name, homepage AS Homepage, language AS Language, country AS Country, leaning AS Leaning";

    /// <inheritdoc />
    public async Task<SourceOutlet?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryFirstOrDefaultAsync<PgSourceRow>(new CommandDefinition($"SELECT {Columns} FROM sources WHERE slug = @slug", new { slug }, cancellationToken: cancellationToken)))?.ToSource();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SourceOutlet>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<PgSourceRow>(new CommandDefinition($"SELECT {Columns} FROM sources ORDER BY lower(name), name", cancellationToken: cancellationToken))).Select(r => r.ToSource()).ToList();
    }

    /// <inheritdoc />
    public async Task UpsertAsync(SourceOutlet source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO sources (slug, name, homepage, language, country, leaning, created_at, updated_at)
            VALUES (@Slug, @Name, @Homepage, @Language, @Country, @Leaning, @now, @now)
            ON CONFLICT (slug) DO UPDATE SET name = excluded.name, homepage = excluded.homepage, language = excluded.language,
                country = excluded.country, leaning = excluded.leaning, updated_at = excluded.updated_at
            """,
            new { source.Slug, source.Name, source.Homepage, source.Language, source.Country, source.Leaning, now = PgTime.Write(time.GetUtcNow()) },
            cancellationToken: cancellationToken));
    }
}
