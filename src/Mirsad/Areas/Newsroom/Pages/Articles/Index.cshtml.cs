using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Accounts;
using Mirsad.Core.Articles;
using Mirsad.Newsroom;

namespace Mirsad.Areas.Newsroom.Pages.Articles;

/// <summary>The newsroom's articles by workflow state; each role starts on the states it works on.</summary>
[Authorize(Policy = NewsroomPolicies.Translate)]
public sealed class ArticlesIndexModel(IArticleStore store) : PageModel
{
    public ArticleStatus Status { get; private set; }

    public IReadOnlyDictionary<ArticleStatus, int> Counts { get; private set; } = new Dictionary<ArticleStatus, int>();

    public ArticlePage Listing { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync(ArticleStatus? status, int page = 1, CancellationToken cancellationToken = default)
    {
        Status = status ?? (User.Role() >= UserRole.Editor ? ArticleStatus.InEditing : ArticleStatus.Draft);
        var counts = new Dictionary<ArticleStatus, int>();
        foreach (var s in Enum.GetValues<ArticleStatus>())
        {
            counts[s] = await store.CountAsync(s, cancellationToken);
        }

        Counts = counts;
        Listing = await store.ListAsync(new ArticleListQuery { Status = Status, Page = Math.Max(1, page), PageSize = 50 }, cancellationToken);
    }
}
