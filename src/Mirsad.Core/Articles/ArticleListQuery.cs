namespace Mirsad.Core.Articles;

/// <summary>A listing of articles, newest first, restricted by the members that are set.</summary>
public sealed record ArticleListQuery
{
    /// <summary>Only this source (slug).</summary>
    public string? Source { get; init; }

    /// <summary>Only articles with this keyword (slug).</summary>
    public string? Keyword { get; init; }

    /// <summary>Only this section (slug).</summary>
    public string? Section { get; init; }

    /// <summary>Only this year.</summary>
    public int? Year { get; init; }

    /// <summary>Only this month (1-12); needs <see cref="Year"/>.</summary>
    public int? Month { get; init; }

    /// <summary>Only this status; readers only ever see <see cref="ArticleStatus.Published"/>.</summary>
    public ArticleStatus Status { get; init; } = ArticleStatus.Published;

    /// <summary>1-based page.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Items per page (1-200).</summary>
    public int PageSize { get; init; } = 20;
}
