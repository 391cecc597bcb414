using System.Runtime.CompilerServices;
using Dapper;
using Mirsad.Core.Articles;
using Npgsql;

namespace Mirsad.Storage.Postgres;

/// <summary>Articles in PostgreSQL: every save one transaction, the change log numbered in commit order (see <see cref="PostgresArticleWriter"/>).</summary>
public sealed class PostgresArticleStore(PostgresDatabase database, TimeProvider time) : IArticleStore
{
    /// <inheritdoc />
    public async Task<Article?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await LoadAsync(connection, "a.id = @key", new { key = id }, cancellationToken)).FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<Article?> GetBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await LoadAsync(connection, "a.slug = @key", new { key = slug }, cancellationToken)).FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<SaveResult> SaveAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        cancellationToken.ThrowIfCancellationRequested();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var writer = await PostgresArticleWriter.BeginAsync(connection, time.GetUtcNow(), cancellationToken);
        var (saved, unchanged) = await writer.WriteAsync(articles, cancellationToken);
        await writer.CommitAsync(cancellationToken);
        return new SaveResult(writer.Sequence, saved, unchanged);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var writer = await PostgresArticleWriter.BeginAsync(connection, time.GetUtcNow(), cancellationToken);
        var deleted = await writer.DeleteAsync(id, cancellationToken);
        await writer.CommitAsync(cancellationToken);
        return deleted;
    }

    /// <inheritdoc />
    public async Task<ArticlePage> ListAsync(ArticleListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        var where = new List<string> { "a.status = @status" };
        var from = PgArticleRow.From;
        if (query.Source is not null)
        {
            where.Add("a.source_slug = @source");
        }

        if (query.Section is not null)
        {
            where.Add("a.section_slug = @section");
        }

        if (query.Keyword is not null)
        {
            from += " JOIN article_keywords ak ON ak.article_id = a.id AND ak.keyword_slug = @keyword";
        }

        string? month = null;
        if (query.Year is { } year)
        {
            month = query.Month is { } m ? $"{year:D4}-{m:D2}" : $"{year:D4}-";
            where.Add(query.Month is null ? "a.published_month LIKE @month || '%'" : "a.published_month = @month");
        }

        var parameters = new { status = query.Status.ToString(), source = query.Source, section = query.Section, keyword = query.Keyword, month, size, offset = (page - 1) * size };
        var filter = string.Join(" AND ", where);
        await using var connection = await database.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition($"SELECT COUNT(*) FROM {from} WHERE {filter}", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<PgArticleRow>(new CommandDefinition(
            $"SELECT {PgArticleRow.SummaryColumns} FROM {from} WHERE {filter} ORDER BY a.published_at DESC NULLS LAST, a.id LIMIT @size OFFSET @offset",
            parameters,
            cancellationToken: cancellationToken));
        return new ArticlePage(rows.Select(r => r.ToSummary()).ToList(), total, page, size);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleAddress>> AddressesAsync(DateTimeOffset? since, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<(string Slug, string Headline, string Language, DateTime? PublishedAt, DateTime UpdatedAt)>(new CommandDefinition(
                """
                SELECT slug, headline, language, published_at, updated_at FROM articles
                WHERE status = 'Published' AND (@since::timestamptz IS NULL OR published_at >= @since)
                ORDER BY published_at NULLS FIRST, id LIMIT @take OFFSET @skip
                """,
                new { since = PgTime.Write(since), skip = Math.Max(0, skip), take = Math.Max(0, take) },
                cancellationToken: cancellationToken)))
            .Select(r => new ArticleAddress(r.Slug, r.Headline, r.Language, PgTime.Read(r.PublishedAt), PgTime.Read(r.UpdatedAt)))
            .ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleChange>> ChangesSinceAsync(long sequence, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changes = (await connection.QueryAsync<(long Seq, string Id, bool Deleted)>(new CommandDefinition(
            """
            SELECT seq, id, false FROM articles WHERE seq > @sequence
            UNION ALL
            SELECT seq, id, true FROM deleted_articles WHERE seq > @sequence
            ORDER BY 1 LIMIT @limit
            """,
            new { sequence, limit },
            cancellationToken: cancellationToken))).ToList();

        var ids = changes.Where(c => !c.Deleted).Select(c => c.Id).ToArray();
        var articles = ids.Length == 0
            ? []
            : (await LoadAsync(connection, "a.id = ANY(@key)", new { key = ids }, cancellationToken)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        return changes.Select(c => new ArticleChange(c.Seq, c.Id, c.Deleted ? null : articles.GetValueOrDefault(c.Id))).ToList();
    }

    /// <inheritdoc />
    public async Task<long> CurrentSequenceAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT value FROM article_sequence", cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, long>> SequencesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<(string Id, long Seq)>(new CommandDefinition("SELECT id, seq FROM articles WHERE id = ANY(@ids)", new { ids = ids.ToArray() }, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Id, r => r.Seq, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task<long> FollowerPositionAsync(string follower, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT position FROM followers WHERE name = @follower", new { follower }, cancellationToken: cancellationToken)) ?? 0;
    }

    /// <inheritdoc />
    public async Task SetFollowerPositionAsync(string follower, long sequence, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO followers (name, position) VALUES (@follower, @sequence) ON CONFLICT (name) DO UPDATE SET position = excluded.position",
            new { follower, sequence },
            cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<PublishedIds> PublishedIdsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // One snapshot for both reads, so the ids are exactly those at that sequence.
        await using var snapshot = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var sequence = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT value FROM article_sequence", transaction: snapshot, cancellationToken: cancellationToken));
        var ids = (await connection.QueryAsync<string>(new CommandDefinition("SELECT id FROM articles WHERE status = 'Published'", transaction: snapshot, cancellationToken: cancellationToken))).ToList();
        await snapshot.CommitAsync(cancellationToken);
        return new PublishedIds(sequence, ids);
    }

    /// <inheritdoc />
    public async Task<int> CountAsync(ArticleStatus status = ArticleStatus.Published, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM articles WHERE status = @status", new { status = status.ToString() }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MonthCount>> MonthsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<(string Month, long Count)>(new CommandDefinition(
                "SELECT published_month, COUNT(*) FROM articles WHERE status = 'Published' AND published_month IS NOT NULL GROUP BY published_month ORDER BY published_month DESC",
                cancellationToken: cancellationToken)))
            .Select(r => MonthCount.FromKey(r.Month, (int)r.Count))
            .ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SectionCount>> SectionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<(string Slug, string Name, long Count)>(new CommandDefinition(
                "SELECT section_slug, MIN(section), COUNT(*) FROM articles WHERE status = 'Published' AND section_slug IS NOT NULL GROUP BY section_slug ORDER BY COUNT(*) DESC, section_slug",
                cancellationToken: cancellationToken)))
            .Select(r => new SectionCount(r.Slug, r.Name, (int)r.Count))
            .ToList();
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Article> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var last = string.Empty;
        while (true)
        {
            List<Article> page;
            await using (var connection = await database.OpenAsync(cancellationToken))
            {
                page = await LoadAsync(connection, "a.id > @key ORDER BY a.id LIMIT 500", new { key = last }, cancellationToken);
            }

            if (page.Count == 0)
            {
                yield break;
            }

            foreach (var article in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return article;
            }

            last = page[^1].Id;
        }
    }

    internal static async Task<List<Article>> LoadAsync(NpgsqlConnection connection, string condition, object parameters, CancellationToken cancellationToken)
    {
        var rows = (await connection.QueryAsync<PgArticleRow>(new CommandDefinition($"SELECT {PgArticleRow.Columns} FROM {PgArticleRow.From} WHERE {condition}", parameters, cancellationToken: cancellationToken))).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var links = (await connection.QueryAsync<PgKeywordLink>(new CommandDefinition(
                """
                SELECT ak.article_id AS ArticleId, k.slug AS Slug, k.name AS Name, k.kind AS Kind, ak.origin AS Origin
                FROM article_keywords ak JOIN keywords k ON k.slug = ak.keyword_slug
                WHERE ak.article_id = ANY(@ids)
                ORDER BY ak.article_id, ak.rank
                """,
                new { ids = rows.Select(r => r.Id).ToArray() },
                cancellationToken: cancellationToken)))
            .ToLookup(l => l.ArticleId, StringComparer.Ordinal);
        return rows.Select(r => r.ToArticle(links[r.Id])).ToList();
    }
}
