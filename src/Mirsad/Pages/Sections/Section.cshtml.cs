using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Articles;

namespace Mirsad.Pages.Sections;

/// <summary>A section's page: its articles, newest first.</summary>
public sealed class SectionModel(IArticleStore store) : PageModel
{
    public string Name { get; private set; } = string.Empty;

    public ArticlePage Articles { get; private set; } = new([], 0, 1, 20);

    public async Task<IActionResult> OnGetAsync(string slug, int? page, CancellationToken cancellationToken)
    {
        var section = (await store.SectionsAsync(cancellationToken)).FirstOrDefault(s => s.Slug == slug);
        if (section is null)
        {
            return NotFound();
        }

        Name = section.Name;
        Articles = await store.ListAsync(new ArticleListQuery { Section = slug, Page = Math.Clamp(page ?? 1, 1, 10_000), PageSize = 20 }, cancellationToken);
        return Page();
    }
}
