using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Mirsad.Core.Articles;
using Mirsad.Core.Search;
using Mirsad.Core.Workflow;
using Mirsad.Web;

namespace Mirsad.Pages.Articles;

/// <summary>An article page: every part of the model article, plus its source, section and related articles.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageCaching.Policy)]
public sealed class ArticleModel(IArticleStore store, ISearchIndex index, IRevisionStore revisions, IOptions<SiteOptions> site) : PageModel
{
    public Article? Article { get; private set; }

    public IReadOnlyList<SearchHit> Related { get; private set; } = [];

    public string? Credit { get; private set; }

    public string Disclaimer { get; private set; } = string.Empty;

    public string? OriginalUrl { get; private set; }

    public string? OriginalHost { get; private set; }

    /// <summary>The page's absolute address (canonical link, og:url, the JSON-LD's url).</summary>
    public string PageUrl { get; private set; } = string.Empty;

    /// <summary>The site's home page, absolute (the JSON-LD's publisher).</summary>
    public string SiteUrl { get; private set; } = string.Empty;

    /// <summary>When the text last changed in the newsroom after publication; null when never.</summary>
    public DateTimeOffset? Modified { get; private set; }

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

        PageUrl = SiteAddress.Absolute(Request, options, Links.Article(Article.Slug));
        SiteUrl = SiteAddress.Absolute(Request, options, "/");
        Modified = await revisions.ListAsync(Article.Id, cancellationToken) is [var latest, ..] ? latest.At : null;
        Related = index.Related(Article.Id, 5);
        return Page();
    }
}
