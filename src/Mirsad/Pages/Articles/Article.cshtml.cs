using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Mirsad.Core.Articles;
using Mirsad.Core.Search;
using Mirsad.Web;

namespace Mirsad.Pages.Articles;

/// <summary>An article page: every part of the model article, plus its source, section and related articles.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageCaching.Policy)]
public sealed class ArticleModel(IArticleStore store, ISearchIndex index, IOptions<SiteOptions> site) : PageModel
{
    public Article? Article { get; private set; }

    public IReadOnlyList<SearchHit> Related { get; private set; } = [];

    public string? Credit { get; private set; }

    public string Disclaimer { get; private set; } = string.Empty;

    public string? OriginalUrl { get; private set; }

    public string? OriginalHost { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        Article = await store.GetBySlugAsync(slug, cancellationToken);
        if (Article is not { Status: ArticleStatus.Published })
        {
            return NotFound();
        }

        var options = site.Value;
        var translated = Article.Original is not null;
        Credit = Article.Credit ?? (translated ? string.Format(System.Globalization.CultureInfo.InvariantCulture, options.TranslatedCredit, options.Name) : null);
        Disclaimer = Article.Disclaimer ?? string.Format(System.Globalization.CultureInfo.InvariantCulture, options.DefaultDisclaimer, options.Name);
        var url = Article.Url ?? Article.Original?.Url;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            OriginalUrl = uri.AbsoluteUri;
            OriginalHost = uri.Host;
        }

        Related = index.Related(Article.Id, 5);
        return Page();
    }
}
