using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Articles;
using Mirsad.Core.Sources;

namespace Mirsad.Pages.Sources;

/// <summary>A source's page: its leaning and all its stories, newest first.</summary>
public sealed class SourceModel(ISourceStore sources, IArticleStore store) : PageModel
{
    public SourceOutlet? Source { get; private set; }

    public ArticlePage Articles { get; private set; } = new([], 0, 1, 20);

    public string? Homepage { get; private set; }

    public string? HomepageHost { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? page, CancellationToken cancellationToken)
    {
        Source = await sources.GetAsync(slug, cancellationToken);
        if (Source is null)
        {
            return NotFound();
        }

        if (Uri.TryCreate(Source.Homepage, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            Homepage = uri.AbsoluteUri;
            HomepageHost = uri.Host;
        }

        Articles = await store.ListAsync(new ArticleListQuery { Source = slug, Page = Math.Clamp(page ?? 1, 1, 10_000), PageSize = 20 }, cancellationToken);
        return Page();
    }
}
