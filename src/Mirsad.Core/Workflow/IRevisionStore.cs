using Mirsad.Core.Articles;

namespace Mirsad.Core.Workflow;

/// <summary>The revision history of articles saved through the newsroom.</summary>
public interface IRevisionStore
{
    /// <summary>Appends a revision and returns its number (one more than the article's latest).</summary>
    Task<int> AddAsync(Article article, DateTimeOffset at, string actor, string? note, CancellationToken cancellationToken = default);

    /// <summary>An article's revisions, newest first, without their content.</summary>
    Task<IReadOnlyList<RevisionSummary>> ListAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>One revision with its content; null when there is none.</summary>
    Task<ArticleRevision?> GetAsync(string articleId, int number, CancellationToken cancellationToken = default);

    /// <summary>The number of the article's latest revision; 0 when it has none.</summary>
    Task<int> LatestNumberAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>Whether any revision of the article was in one of <paramref name="statuses"/>.</summary>
    Task<bool> EverAsync(string articleId, IReadOnlyCollection<ArticleStatus> statuses, CancellationToken cancellationToken = default);
}
