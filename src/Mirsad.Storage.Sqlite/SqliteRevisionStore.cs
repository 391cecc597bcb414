using System.Text.Json;
using Dapper;
using Mirsad.Core.Articles;
using Mirsad.Core.Workflow;

namespace Mirsad.Storage.Sqlite;

/// <summary>Article revisions in the SQLite store: each one the whole article as JSON.</summary>
public sealed class SqliteRevisionStore(SqliteDatabase database) : IRevisionStore
{
    /// <inheritdoc />
    public Task<int> AddAsync(Article article, DateTimeOffset at, string actor, string? note, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        var number = connection.ExecuteScalar<int>(
            """
            INSERT INTO article_revisions (article_id, number, at, actor, note, status, content)
            SELECT @id, COALESCE(MAX(number), 0) + 1, @at, @actor, @note, @status, @content FROM article_revisions WHERE article_id = @id
            RETURNING number
            """,
            new { id = article.Id, at = ArticleMapping.FormatDate(at), actor, note, status = article.Status.ToString(), content = ArticleJson.SerializeRevision(article) });
        return Task.FromResult(number);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RevisionSummary>> ListAsync(string articleId, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        IReadOnlyList<RevisionSummary> revisions = connection.Query<(long Number, string At, string Actor, string? Note, string Status)>(
                "SELECT number, at, actor, note, status FROM article_revisions WHERE article_id = @articleId ORDER BY number DESC",
                new { articleId })
            .Select(r => new RevisionSummary((int)r.Number, ArticleMapping.ParseDate(r.At)!.Value, r.Actor, r.Note, Enum.Parse<ArticleStatus>(r.Status)))
            .ToList();
        return Task.FromResult(revisions);
    }

    /// <inheritdoc />
    public Task<ArticleRevision?> GetAsync(string articleId, int number, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        var row = connection.QueryFirstOrDefault<RevisionRow>(
            "SELECT at AS At, actor AS Actor, note AS Note, content AS Content FROM article_revisions WHERE article_id = @articleId AND number = @number",
            new { articleId, number });
        return Task.FromResult(row is null
            ? null
            : new ArticleRevision(articleId, number, ArticleMapping.ParseDate(row.At)!.Value, row.Actor, row.Note, ArticleJson.DeserializeRevision(row.Content)));
    }

    /// <inheritdoc />
    public Task<int> LatestNumberAsync(string articleId, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        return Task.FromResult(connection.ExecuteScalar<int>("SELECT COALESCE(MAX(number), 0) FROM article_revisions WHERE article_id = @articleId", new { articleId }));
    }

    /// <inheritdoc />
    public Task<bool> EverAsync(string articleId, IReadOnlyCollection<ArticleStatus> statuses, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        return Task.FromResult(connection.ExecuteScalar<long>(
            "SELECT EXISTS (SELECT 1 FROM article_revisions WHERE article_id = @articleId AND status IN (SELECT value FROM json_each(@statuses)))",
            new { articleId, statuses = JsonSerializer.Serialize(statuses.Select(s => s.ToString())) }) != 0);
    }

    private sealed class RevisionRow
    {
        public string At { get; set; } = "";
        public string Actor { get; set; } = "";
        public string? Note { get; set; }
        public string Content { get; set; } = "{}";
    }
}
