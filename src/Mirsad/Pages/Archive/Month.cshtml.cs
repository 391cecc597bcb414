using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Articles;

namespace Mirsad.Pages.Archive;

/// <summary>One month of the archive.</summary>
public sealed class ArchiveMonthModel(IArticleStore store) : PageModel
{
    public int Year { get; private set; }

    public int Month { get; private set; }

    public ArticlePage Articles { get; private set; } = new([], 0, 1, 20);

    public async Task<IActionResult> OnGetAsync(int year, int month, int? page, CancellationToken cancellationToken)
    {
        if (year is < 1800 or > 3000 || month is < 1 or > 12)
        {
            return NotFound();
        }

        Year = year;
        Month = month;
        Articles = await store.ListAsync(new ArticleListQuery { Year = year, Month = month, Page = Math.Clamp(page ?? 1, 1, 10_000), PageSize = 20 }, cancellationToken);
        return Articles.Total == 0 ? NotFound() : Page();
    }
}
