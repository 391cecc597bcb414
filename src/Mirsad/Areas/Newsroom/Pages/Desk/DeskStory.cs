using Mirsad.Core.Ingest;

namespace Mirsad.Areas.Newsroom.Pages.Desk;

/// <summary>One story on the desk: its items on this page, and its items elsewhere (other pages or filtered out).</summary>
public sealed record DeskStory(long Id, IReadOnlyList<MonitoredItem> Items, IReadOnlyList<MonitoredItem> Elsewhere)
{
    /// <summary>How many outlets carry the story.</summary>
    public int Outlets => Items.Concat(Elsewhere).Select(i => i.SourceSlug).Distinct(StringComparer.Ordinal).Count();
}
