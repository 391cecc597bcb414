using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;

namespace Mirsad.Pages.Keywords;

/// <summary>A keyword's page: what it is, the names it goes by, and all its articles, newest first.</summary>
public sealed class KeywordModel(IKeywordStore keywords, IArticleStore store, KeywordVocabulary vocabulary) : PageModel
{
    public KeywordProfile? Profile { get; private set; }

    public IReadOnlyList<string> Aliases { get; private set; } = [];

    public ArticlePage Articles { get; private set; } = new([], 0, 1, 20);

    public async Task<IActionResult> OnGetAsync(string slug, int? page, CancellationToken cancellationToken)
    {
        Profile = await keywords.GetAsync(slug, cancellationToken);
        if (Profile is null)
        {
            return NotFound();
        }

        Aliases = Profile.Keyword.Aliases.Concat(vocabulary.AliasesOf(slug))
            .Where(a => !string.Equals(a, Profile.Keyword.Name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
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
}
