using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Articles;
using Mirsad.Core.Workflow;
using Mirsad.Newsroom;

namespace Mirsad.Areas.Newsroom.Pages.Articles;

/// <summary>An article's revisions: who saved what and when, what changed (a diff against the revision before), and restoring one.</summary>
[Authorize(Policy = NewsroomPolicies.Translate)]
public sealed class HistoryModel(IArticleStore store, IRevisionStore revisions, EditorialDesk desk) : PageModel
{
    public Article Article { get; private set; } = null!;

    public IReadOnlyList<RevisionSummary> Revisions { get; private set; } = [];

    public ArticleRevision? Shown { get; private set; }

    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, int? rev, CancellationToken cancellationToken) =>
        await LoadAsync(id, rev, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRestoreAsync(string id, int rev, CancellationToken cancellationToken)
    {
        var result = await desk.RestoreAsync(id, rev, User.Actor(), cancellationToken);
        if (result.Ok)
        {
            return RedirectToPage("Edit", new { id, done = result.Unchanged ? "unchanged" : "saved" });
        }

        if (!await LoadAsync(id, rev, cancellationToken))
        {
            return NotFound();
        }

        Error = result.Error;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(string id, int? rev, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } article)
        {
            return false;
        }

        Article = article;
        Revisions = await revisions.ListAsync(id, cancellationToken);
        var number = rev ?? (Revisions.Count > 0 ? Revisions[0].Number : null);
        if (number is { } n && await revisions.GetAsync(id, n, cancellationToken) is { } shown)
        {
            Shown = shown;
            var before = n > 1 ? await revisions.GetAsync(id, n - 1, cancellationToken) : null;
            Changes = RevisionDiff.Compare(before?.Article, shown.Article);
        }

        return true;
    }
}
