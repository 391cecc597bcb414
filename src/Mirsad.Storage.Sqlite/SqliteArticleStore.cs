using System.Runtime.CompilerServices;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Mirsad.Core.Articles;

namespace Mirsad.Storage.Sqlite;

/// <summary>The default article store: one SQLite file, every save one transaction.</summary>
public sealed class SqliteArticleStore(SqliteDatabase database, TimeProvider time) : IArticleStore
{
    private readonly Lock _writeLock = new();

    /// <inheritdoc />
    public Task<Article?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        return Task.FromResult(Load(connection, "a.id = @key", new { key = id }).FirstOrDefault());
    }

    /// <inheritdoc />
    public Task<Article?> GetBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        return Task.FromResult(Load(connection, "a.slug = @key", new { key = slug }).FirstOrDefault());
    }

    /// <inheritdoc />
    public Task<SaveResult> SaveAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        var saved = new List<Article>(articles.Count);
        var unchanged = 0;

        // One writer at a time in this process; other processes wait on SQLite's own lock.
        lock (_writeLock)
        {
            using var connection = database.Open();
            using var writer = new ArticleWriter(connection, time.GetUtcNow());
            foreach (var article in articles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (writer.Write(article) is { } stored)
                {
                    saved.Add(stored);
                }
                else
                {
                    unchanged++;
                }
            }

            writer.Commit();
            return Task.FromResult(new SaveResult(writer.Sequence, saved, unchanged));
        }
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_writeLock)
        {
            using var connection = database.Open();
            using var writer = new ArticleWriter(connection, time.GetUtcNow());
            var deleted = writer.Delete(id);
            writer.Commit();
            return Task.FromResult(deleted);
        }
    }

    /// <inheritdoc />
    public Task<ArticlePage> ListAsync(ArticleListQuery query, CancellationToken cancellationToken = default)
    {
        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        var where = new List<string> { "a.status = @status" };
        var from = ArticleRow.From;
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
        using var connection = database.Open();
        var total = connection.ExecuteScalar<int>($"SELECT COUNT(*) FROM {from} WHERE {filter}", parameters);
        var rows = connection.Query<ArticleRow>(
            $"SELECT {ArticleRow.SummaryColumns} FROM {from} WHERE {filter} ORDER BY a.published_at DESC, a.id LIMIT @size OFFSET @offset",
            parameters);
        return Task.FromResult(new ArticlePage(rows.Select(ArticleMapping.ToSummary).ToList(), total, page, size));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ArticleAddress>> AddressesAsync(DateTimeOffset? since, int skip, int take, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        IReadOnlyList<ArticleAddress> addresses = connection.Query<(string Slug, string Headline, string Language, string? PublishedAt, string UpdatedAt)>(
            """
            SELECT slug, headline, language, published_at, updated_at FROM articles
            WHERE status = 'Published' AND (@since IS NULL OR published_at >= @since)
            ORDER BY published_at, id LIMIT @take OFFSET @skip
            """,
            new { since = ArticleMapping.FormatDate(since), skip = Math.Max(0, skip), take = Math.Max(0, take) })
            .Select(r => new ArticleAddress(r.Slug, r.Headline, r.Language, ArticleMapping.ParseDate(r.PublishedAt), ArticleMapping.ParseDate(r.UpdatedAt)!.Value))
            .ToList();
        return Task.FromResult(addresses);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ArticleChange>> ChangesSinceAsync(long sequence, int limit, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        var changes = connection.Query<(long Seq, string Id, long Deleted)>(
            """
            SELECT seq, id, 0 FROM articles WHERE seq > @sequence
            UNION ALL
            SELECT seq, id, 1 FROM deleted_articles WHERE seq > @sequence
            ORDER BY 1 LIMIT @limit
            """,
            new { sequence, limit }).ToList();

        var ids = changes.Where(c => c.Deleted == 0).Select(c => c.Id).ToList();
        var articles = ids.Count == 0
            ? []
            : Load(connection, "a.id IN (SELECT value FROM json_each(@key))", new { key = JsonSerializer.Serialize(ids) }).ToDictionary(a => a.Id, StringComparer.Ordinal);
        IReadOnlyList<ArticleChange> result = changes
            .Select(c => new ArticleChange(c.Seq, c.Id, c.Deleted == 0 ? articles.GetValueOrDefault(c.Id) : null))
            .ToList();
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<long> CurrentSequenceAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        return Task.FromResult(long.Parse(connection.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'sequence'")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, long>> SequencesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var connection = database.Open();
        IReadOnlyDictionary<string, long> sequences = connection
            .Query<(string Id, long Seq)>("SELECT id, seq FROM articles WHERE id IN (SELECT value FROM json_each(@key))", new { key = JsonSerializer.Serialize(ids) })
            .ToDictionary(r => r.Id, r => r.Seq, StringComparer.Ordinal);
        return Task.FromResult(sequences);
    }

    /// <inheritdoc />
    public Task<long> FollowerPositionAsync(string follower, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        var value = connection.ExecuteScalar<string>("SELECT value FROM meta WHERE key = @key", new { key = "follower:" + follower });
        return Task.FromResult(value is null ? 0 : long.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public Task SetFollowerPositionAsync(string follower, long sequence, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        connection.Execute(
            "INSERT INTO meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            new { key = "follower:" + follower, value = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<PublishedIds> PublishedIdsAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var snapshot = connection.BeginTransaction(deferred: true);
        var sequence = long.Parse(connection.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'sequence'", transaction: snapshot)!, System.Globalization.CultureInfo.InvariantCulture);
        var ids = connection.Query<string>("SELECT id FROM articles WHERE status = 'Published'", transaction: snapshot).ToList();
        return Task.FromResult(new PublishedIds(sequence, ids));
    }

    /// <inheritdoc />
    public Task<int> CountAsync(ArticleStatus status = ArticleStatus.Published, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        return Task.FromResult(connection.ExecuteScalar<int>("SELECT COUNT(*) FROM articles WHERE status = @status", new { status = status.ToString() }));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MonthCount>> MonthsAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        IReadOnlyList<MonthCount> months = connection.Query<(string Month, int Count)>(
                "SELECT published_month, COUNT(*) FROM articles WHERE status = 'Published' AND published_month IS NOT NULL GROUP BY published_month ORDER BY published_month DESC")
            .Select(r => MonthCount.FromKey(r.Month, r.Count))
            .ToList();
        return Task.FromResult(months);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SectionCount>> SectionsAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        IReadOnlyList<SectionCount> sections = connection.Query<(string Slug, string Name, int Count)>(
                "SELECT section_slug, MIN(section), COUNT(*) FROM articles WHERE status = 'Published' AND section_slug IS NOT NULL GROUP BY section_slug ORDER BY COUNT(*) DESC")
            .Select(r => new SectionCount(r.Slug, r.Name, r.Count))
            .ToList();
        return Task.FromResult(sections);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Article> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var last = string.Empty;
        while (true)
        {
            List<Article> page;
            using (var connection = database.Open())
            {
                page = Load(connection, "a.id > @key ORDER BY a.id LIMIT 500", new { key = last }).ToList();
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
            await Task.Yield();
        }
    }

    private static List<Article> Load(SqliteConnection connection, string condition, object parameters)
    {
        var rows = connection.Query<ArticleRow>($"SELECT {ArticleRow.Columns} FROM {ArticleRow.From} WHERE {condition}", parameters).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var links = connection.Query<KeywordLinkRow>(
                """
                SELECT ak.article_id AS ArticleId, k.slug AS Slug, k.name AS Name, k.kind AS Kind, ak.origin AS Origin
                FROM article_keywords ak JOIN keywords k ON k.slug = ak.keyword_slug
                WHERE ak.article_id IN (SELECT value FROM json_each(@ids))
                ORDER BY ak.article_id, ak.rank
                """,
                new { ids = JsonSerializer.Serialize(rows.Select(r => r.Id)) })
            .ToLookup(l => l.ArticleId, StringComparer.Ordinal);
        return rows.Select(r => ArticleMapping.ToArticle(r, links[r.Id])).ToList();
    }
}
