using Mirsad.Core.Search;

namespace Mirsad.Web;

/// <summary>The JSON of GET /api/suggest: keywords and headlines for what a reader is typing.</summary>
public sealed record ApiSuggestResponse(IReadOnlyList<ApiSuggestedKeyword> Keywords, IReadOnlyList<ApiSuggestedArticle> Headlines)
{
    /// <summary>Maps completions to the API shape, with the address of each page.</summary>
    public static ApiSuggestResponse From(Completions completions) => new(
        completions.Keywords.Select(k => new ApiSuggestedKeyword(k.Name, k.Slug, Links.Keyword(k.Slug), k.Count)).ToList(),
        completions.Headlines.Select(h => new ApiSuggestedArticle(h.Headline, Links.Article(h.Slug), h.Language)).ToList());
}
