using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Ingest;
using Mirsad.Core.Ingest.Desk;
using Mirsad.Core.Sources;

namespace Mirsad.Areas.Newsroom.Pages.Desk;

/// <summary>The monitoring desk: incoming items newest first, filtered, grouped by story across outlets.</summary>
public sealed class DeskModel(IMonitoredItemStore items, ISourceRegistry registry, TimeProvider time) : PageModel
{
    private const int PageSize = 50;

    // The keyword filter offers what the newest items are about, however old they are (a demo desk's stories are from 2017).
    private const int RecentItems = 500;

    public DeskPage Items { get; private set; } = new([], 0, 1, PageSize);

    /// <summary>The page's items grouped by story, in the order their newest item appears.</summary>
    public IReadOnlyList<DeskStory> Stories { get; private set; } = [];

    public IReadOnlyList<MonitoredSource> Sources { get; private set; } = [];

    public IReadOnlyList<MonitoredSource> NeedAttention { get; private set; } = [];

    public IReadOnlyList<(ItemKeyword Keyword, int Count)> Keywords { get; private set; } = [];

    public DeskQuery Query { get; private set; } = new();

    public async Task OnGetAsync(string? source, string? language, string? leaning, string? keyword, bool hideDuplicates, int? page, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        Query = new DeskQuery
        {
            Source = Clean(source, 120),
            Language = Clean(language, 3),
            Leaning = Clean(leaning, 120),
            Keyword = Clean(keyword, 120),
            HideDuplicates = hideDuplicates,
            Page = Math.Clamp(page ?? 1, 1, 10_000),
            PageSize = PageSize,
        };
        Items = await items.ListAsync(Query, cancellationToken);
        Sources = (await registry.ListAsync(now, cancellationToken)).Where(s => s.Feeds.Count > 0).ToList();
        NeedAttention = Sources.Where(s => s.IsPolled && (s.Health.IsFailing || s.Health.IsQuiet)).ToList();
        Keywords = await items.TopKeywordsAsync(RecentItems, 30, cancellationToken);
        Stories = await GroupAsync(Items.Items, cancellationToken);
    }

    public string Link(int page) => Url.Page("/Desk/Index", new
    {
        area = "Newsroom",
        source = Query.Source,
        language = Query.Language,
        leaning = Query.Leaning,
        keyword = Query.Keyword,
        hideDuplicates = Query.HideDuplicates ? true : (bool?)null,
        page = page > 1 ? page : (int?)null,
    }) ?? "/newsroom/desk";

    private async Task<IReadOnlyList<DeskStory>> GroupAsync(IReadOnlyList<MonitoredItem> page, CancellationToken cancellationToken)
    {
        var storyIds = page.Select(i => i.StoryId ?? i.Id).Distinct().ToList();
        var others = (await items.StoriesAsync(storyIds, cancellationToken)).ToLookup(i => i.StoryId ?? i.Id);
        return storyIds.Select(id =>
        {
            var shown = page.Where(i => (i.StoryId ?? i.Id) == id).ToList();
            var elsewhere = others[id].Where(o => shown.All(s => s.Id != o.Id)).ToList();
            return new DeskStory(id, shown, elsewhere);
        }).ToList();
    }

    private static string? Clean(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim()[..Math.Min(value.Trim().Length, max)];
}
