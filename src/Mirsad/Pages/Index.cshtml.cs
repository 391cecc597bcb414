using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;

namespace Mirsad.Pages;

/// <summary>The home page: latest stories, sections and the most used keywords.</summary>
public sealed class IndexModel(IArticleStore store, IKeywordStore keywords) : PageModel
{
    public ArticlePage Latest { get; private set; } = new([], 0, 1, 20);

    public IReadOnlyList<SectionCount> Sections { get; private set; } = [];

    public IReadOnlyList<KeywordCount> Keywords { get; private set; } = [];

    public async Task OnGetAsync(int? page, CancellationToken cancellationToken)
    {
        Latest = await store.ListAsync(new ArticleListQuery { Page = Math.Clamp(page ?? 1, 1, 10_000), PageSize = 20 }, cancellationToken);
        Sections = await store.SectionsAsync(cancellationToken);
        Keywords = await keywords.ListAsync(limit: 24, cancellationToken: cancellationToken);
    }
}
