using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Web;

namespace Mirsad.Pages.Keywords;

/// <summary>
/// A keyword's profile ("Who's who"): kind, names in both scripts, the editors' short profile, counts,
/// first and last seen, attention per month, the keywords and sources most often with it, and all its
/// articles, newest first. A merged keyword's page redirects to where it went.
/// </summary>
public sealed class KeywordModel(KeywordDirectory directory, IArticleStore store) : PageModel
{
    public KeywordPage? Data { get; private set; }

    public KeywordProfile Profile => Data!.Profile;

    public AttentionChart? Chart { get; private set; }

    public ArticlePage Articles { get; private set; } = new([], 0, 1, 20);

    public async Task<IActionResult> OnGetAsync(string slug, int? page, CancellationToken cancellationToken)
    {
        var canonical = await directory.CanonicalSlugAsync(slug, cancellationToken);
        if (canonical is null)
        {
            return NotFound();
        }

        if (canonical != slug)
        {
            return RedirectPermanent(Links.Keyword(canonical));
        }

        Data = await directory.PageAsync(slug, cancellationToken);
        if (Data is null)
        {
            return NotFound();
        }

        Chart = AttentionChart.From(Data.Months);
        Articles = await store.ListAsync(new ArticleListQuery { Keyword = slug, Page = Math.Clamp(page ?? 1, 1, 10_000), PageSize = 20 }, cancellationToken);
        return Page();
    }

    public static string KindLabel(KeywordKind kind) => kind switch
    {
        KeywordKind.Person => "Person",
        KeywordKind.Organisation => "Organisation",
        KeywordKind.Place => "Place",
        _ => "Topic",
    };

    /// <summary>"ar" for a name in Arabic script, so it is read and shaped as Arabic; null otherwise.</summary>
    public static string? LanguageOf(string name) => name.Any(Core.Text.Script.IsArabic) ? "ar" : null;
}
