namespace Mirsad.Core.Ingest.Desk;

/// <summary>A page of desk items, newest first, with the total that matched.</summary>
public sealed record DeskPage(IReadOnlyList<MonitoredItem> Items, int Total, int Page, int PageSize)
{
    /// <summary>Number of pages.</summary>
    public int PageCount => PageSize <= 0 ? 1 : Math.Max(1, (Total + PageSize - 1) / PageSize);
}
