namespace Mirsad.Core.Articles;

/// <summary>One page of a listing and the size of the whole listing.</summary>
public sealed record ArticlePage(IReadOnlyList<ArticleSummary> Items, int Total, int Page, int PageSize)
{
    /// <summary>Number of pages.</summary>
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
