using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Articles;

namespace Mirsad.Pages.Archive;

/// <summary>Monthly archives: every month with published articles.</summary>
public sealed class ArchiveIndexModel(IArticleStore store) : PageModel
{
    public IReadOnlyList<MonthCount> Months { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Months = await store.MonthsAsync(cancellationToken);
}
