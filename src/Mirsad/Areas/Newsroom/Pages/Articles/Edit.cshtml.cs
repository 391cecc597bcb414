using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Translation;
using Mirsad.Core.Workflow;
using Mirsad.Newsroom;
using Mirsad.Web;

namespace Mirsad.Areas.Newsroom.Pages.Articles;

/// <summary>
/// The editor: the original (right to left) beside the translation form; save, move through the workflow,
/// machine-translate. What the user may do is asked of the workflow rules through the desk.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Translate)]
public sealed class EditModel(
    IArticleStore store,
    IRevisionStore revisions,
    EditorialDesk desk,
    KeywordTagger tagger,
    KeywordExtractor extractor,
    IMachineTranslator translator,
    IOptions<NewsroomOptions> newsroom,
    IOptions<SiteOptions> site) : PageModel
{
    private const int SuggestionCount = 8;

    [BindProperty]
    public EditForm Form { get; set; } = new();

    public Article Article { get; private set; } = null!;

    public IReadOnlyList<ExtractedKeyword> Suggestions { get; private set; } = [];

    public IReadOnlyList<WorkflowMove> Moves { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool CanTranslate => translator.IsEnabled && CanEdit && Article.Original is { Text.Length: > 0 };

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? done, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        Form = EditForm.From(article, await revisions.LatestNumberAsync(id, cancellationToken), newsroom.Value.AttributionTemplate, site.Value);
        Message = done switch
        {
            "saved" => "Saved.",
            "unchanged" => "Nothing had changed.",
            "moved" => $"The article is now {WorkflowRules.Name(article.Status)}.",
            "created" => "Draft created.",
            _ => null,
        };
        return Show(article);
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, CancellationToken cancellationToken)
    {
        var (result, error) = await SaveFormAsync(id, cancellationToken);
        if (result?.Article is null)
        {
            return NotFound();
        }

        return error is null ? RedirectToPage(new { id, done = result.Unchanged ? "unchanged" : "saved" }) : Refused(result.Article, error);
    }

    public async Task<IActionResult> OnPostMoveAsync(string id, ArticleStatus to, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(id, cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        var basedOn = Form.Revision;
        if (WorkflowRules.CanEdit(current.Status, User.Actor().Role) && WorkflowRules.Refusal(current.Status, to, User.Actor().Role) is null)
        {
            // The text on the screen is saved first, so moving never loses an edit.
            var (saved, error) = await SaveFormAsync(id, cancellationToken);
            if (error is not null)
            {
                return Refused(saved?.Article ?? current, error);
            }

            basedOn = saved!.Revision;
        }

        var moved = await desk.MoveAsync(id, to, User.Actor(), Form.PublishAtUtc(), basedOn, cancellationToken);
        return moved.Ok ? RedirectToPage(new { id, done = "moved" }) : Refused(moved.Article ?? current, moved.Error!);
    }

    public async Task<IActionResult> OnPostTranslateAsync(string id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        if (!WorkflowRules.CanEdit(article.Status, User.Actor().Role) || article.Original is not { Text.Length: > 0 } original)
        {
            return Refused(article, "There is nothing you may translate here.");
        }

        var translation = await translator.TranslateAsync(new TranslationRequest(original.Headline, original.Text, original.Language ?? "ar", "en"), cancellationToken);
        if (!translation.Ok)
        {
            return Refused(article, translation.Error!);
        }

        // The fields show the translation, not what was posted.
        ModelState.Remove("Form.Headline");
        ModelState.Remove("Form.Body");
        ModelState.Remove("Form.Language");
        Form.Headline = translation.Headline ?? Form.Headline;
        Form.Body = BodyMarkdown.Format(BodyBuilder.FromText(translation.Text));
        Form.Language = "en";
        Message = $"Machine translation by {translation.Provider}. Review it, then save: nothing is saved yet.";
        return Show(article);
    }

    private async Task<(DeskResult? Result, string? Error)> SaveFormAsync(string id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } current)
        {
            return (null, "There is no such article.");
        }

        var (edit, error) = Form.ToEdit(current, tagger);
        if (edit is null)
        {
            return (new DeskResult(current, Form.Revision, error), error);
        }

        var result = await desk.SaveAsync(id, edit, User.Actor(), cancellationToken);
        return (result, result.Error);
    }

    private PageResult Refused(Article article, string error)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Show(article);
    }

    private PageResult Show(Article article)
    {
        Article = article;
        var role = User.Actor().Role;
        CanEdit = WorkflowRules.CanEdit(article.Status, role);
        Moves = WorkflowRules.MovesFrom(article.Status, role);
        var text = string.Join("\n", Form.Standfirst, article.BodyText);
        var kept = article.Keywords.Select(k => k.Slug).ToHashSet(StringComparer.Ordinal);
        Suggestions = extractor.Extract(Form.Headline, text, SuggestionCount + kept.Count).Where(k => !kept.Contains(k.Slug)).Take(SuggestionCount).ToList();
        return Page();
    }
}
