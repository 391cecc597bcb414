using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Articles;
using Mirsad.Core.Workflow;
using Mirsad.Newsroom;
using Mirsad.Web;

namespace Mirsad.Areas.Newsroom.Pages.Roundups;

/// <summary>An editor gathers published stories of the last days into a roundup draft ("What happened this week").</summary>
[Authorize(Policy = NewsroomPolicies.Edit)]
public sealed class NewRoundupModel(IArticleStore store, EditorialDesk desk, TimeProvider time) : PageModel
{
    public IReadOnlyList<ArticleSummary> Candidates { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int Days { get; set; } = 7;

    [BindProperty]
    public string Headline { get; set; } = "What happened this week";

    [BindProperty]
    public string? Introduction { get; set; }

    [BindProperty]
    public List<string> Stories { get; set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Candidates = await CandidatesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var chosen = new List<Article>();
        foreach (var id in Stories.Distinct(StringComparer.Ordinal).Take(RoundupBuilder.MaxStories))
        {
            if (await store.GetAsync(id, cancellationToken) is { Status: ArticleStatus.Published } story)
            {
                chosen.Add(story);
            }
        }

        Error = chosen.Count < 2 ? "Choose at least two published stories."
            : string.IsNullOrWhiteSpace(Headline) || Headline.Length > EditLimits.Headline ? "A roundup needs a headline."
            : (Introduction?.Length ?? 0) > EditLimits.Standfirst ? $"The introduction is longer than {EditLimits.Standfirst:N0} characters."
            : null;
        if (Error is null)
        {
            var created = await desk.CreateAsync(RoundupBuilder.Build(Headline, Introduction, chosen, Links.Article), User.Actor(), cancellationToken);
            if (created.Ok)
            {
                return RedirectToPage("/Articles/Edit", new { id = created.Article!.Id, done = "created" });
            }

            Error = created.Error;
        }

        Candidates = await CandidatesAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IReadOnlyList<ArticleSummary>> CandidatesAsync(CancellationToken cancellationToken)
    {
        Days = Math.Clamp(Days, 1, 60);
        var since = time.GetUtcNow().AddDays(-Days);
        var latest = await store.ListAsync(new ArticleListQuery { PageSize = 200 }, cancellationToken);
        return latest.Items.Where(a => a.PublishedAt >= since).ToList();
    }
}
