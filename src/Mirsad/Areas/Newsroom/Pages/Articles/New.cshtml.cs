using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Articles;
using Mirsad.Core.Sources;
using Mirsad.Core.Text;
using Mirsad.Core.Workflow;
using Mirsad.Newsroom;

namespace Mirsad.Areas.Newsroom.Pages.Articles;

/// <summary>A new draft from an original text: its source, language, headline, text and address.</summary>
[Authorize(Policy = NewsroomPolicies.Translate)]
public sealed class NewArticleModel(ISourceStore sources, EditorialDesk desk) : PageModel
{
    private const int MaxOriginal = 200_000;

    public IReadOnlyList<SourceOutlet> Sources { get; private set; } = [];

    [BindProperty]
    public string? SourceSlug { get; set; }

    [BindProperty]
    public string? NewSourceName { get; set; }

    [BindProperty]
    public string? NewSourceLeaning { get; set; }

    [BindProperty]
    public string OriginalLanguage { get; set; } = "ar";

    [BindProperty]
    public string? OriginalHeadline { get; set; }

    [BindProperty]
    public string? OriginalText { get; set; }

    [BindProperty]
    public string? OriginalUrl { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Sources = await sources.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var source = await SourceAsync(cancellationToken);
        Error = Check(source);
        if (Error is null)
        {
            var headline = OriginalHeadline!.Trim();
            var draft = new Article
            {
                Id = string.Empty,
                Slug = string.Empty,
                Headline = headline,
                Language = OriginalLanguage,
                Source = source,
                Url = string.IsNullOrWhiteSpace(OriginalUrl) ? null : OriginalUrl.Trim(),
                Original = new ArticleOriginal(headline, OriginalText, OriginalLanguage, string.IsNullOrWhiteSpace(OriginalUrl) ? null : OriginalUrl.Trim()),
            };
            var created = await desk.CreateAsync(draft, User.Actor(), cancellationToken);
            if (created.Ok)
            {
                return RedirectToPage("Edit", new { id = created.Article!.Id, done = "created" });
            }

            Error = created.Error;
        }

        Sources = await sources.ListAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<SourceOutlet?> SourceAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(NewSourceName))
        {
            var name = NewSourceName.Trim();
            var leaning = string.IsNullOrWhiteSpace(NewSourceLeaning) ? null : NewSourceLeaning.Trim();
            return Slug.From(name) is { Length: > 0 } slug && name.Length <= EditLimits.ShortText && (leaning?.Length ?? 0) <= EditLimits.ShortText
                ? await sources.GetAsync(slug, cancellationToken) ?? new SourceOutlet(slug, name, Language: OriginalLanguage, Leaning: leaning)
                : null;
        }

        return string.IsNullOrWhiteSpace(SourceSlug) ? null : await sources.GetAsync(SourceSlug, cancellationToken);
    }

    private string? Check(SourceOutlet? source)
    {
        if (source is null)
        {
            return "Choose the source the story comes from, or name a new one (with letters or digits).";
        }

        if (string.IsNullOrWhiteSpace(OriginalHeadline) || OriginalHeadline.Length > EditLimits.Headline)
        {
            return $"The original headline is needed, at most {EditLimits.Headline} characters.";
        }

        if ((OriginalText?.Length ?? 0) > MaxOriginal)
        {
            return $"The original text is longer than {MaxOriginal:N0} characters.";
        }

        if (OriginalLanguage is not ("ar" or "en"))
        {
            return "The original is in Arabic (ar) or English (en).";
        }

        return string.IsNullOrWhiteSpace(OriginalUrl) || new ArticleLink("original", OriginalUrl.Trim()).IsSafe && OriginalUrl.Length <= EditLimits.Url
            ? null
            : "The original's address must be an http(s) address.";
    }
}
