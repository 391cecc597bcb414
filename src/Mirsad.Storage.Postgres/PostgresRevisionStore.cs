using Dapper;
using Mirsad.Core.Articles;
using Mirsad.Core.Workflow;

namespace Mirsad.Storage.Postgres;

/// <summary>Article revisions in PostgreSQL: each one the whole article as JSON.</summary>
public sealed class PostgresRevisionStore(PostgresDatabase database) : IRevisionStore
{
    internal const string Insert =
        """
        INSERT INTO article_revisions (article_id, number, at, actor, note, status, content)
        SELECT @id, COALESCE(MAX(number), 0) + 1, @at, @actor, @note, @status, @content FROM article_revisions WHERE article_id = @id
        RETURNING number
        """;

    /// <inheritdoc />
    public async Task<int> AddAsync(Article article, DateTimeOffset at, string actor, string? note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(Insert, Parameters(article, at, actor, note), cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RevisionSummary>> ListAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<(int Number, DateTime At, string Actor, string? Note, string Status)>(new CommandDefinition(
                "SELECT number, at, actor, note, status FROM article_revisions WHERE article_id = @articleId ORDER BY number DESC", new { articleId }, cancellationToken: cancellationToken)))
            .Select(r => new RevisionSummary(r.Number, PgTime.Read(r.At), r.Actor, r.Note, Enum.Parse<ArticleStatus>(r.Status)))
            .ToList();
    }

    /// <inheritdoc />
    public async Task<ArticleRevision?> GetAsync(string articleId, int number, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<(DateTime At, string Actor, string? Note, string Content)?>(new CommandDefinition(
            "SELECT at, actor, note, content FROM article_revisions WHERE article_id = @articleId AND number = @number", new { articleId, number }, cancellationToken: cancellationToken));
        return row is { } r ? new ArticleRevision(articleId, number, PgTime.Read(r.At), r.Actor, r.Note, ArticleJson.DeserializeRevision(r.Content)) : null;
    }

    /// <inheritdoc />
    public async Task<int> LatestNumberAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COALESCE(MAX(number), 0) FROM article_revisions WHERE article_id = @articleId", new { articleId }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<bool> EverAsync(string articleId, IReadOnlyCollection<ArticleStatus> statuses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM article_revisions WHERE article_id = @articleId AND status = ANY(@statuses))",
            new { articleId, statuses = statuses.Select(s => s.ToString()).ToArray() },
            cancellationToken: cancellationToken));
    }

    internal static object Parameters(Article article, DateTimeOffset at, string actor, string? note) =>
        new { id = article.Id, at = PgTime.Write(at), actor, note, status = article.Status.ToString(), content = ArticleJson.SerializeRevision(article) };
}
