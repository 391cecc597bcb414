using Mirsad.Core.Search;
using Mirsad.Web;

namespace Mirsad.Endpoints;

/// <summary>GET /api/search: the search API; GET /api/suggest: completions as a reader types.</summary>
internal static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", (HttpContext context, ISearchIndex index) =>
            {
                var request = SearchQueryString.Parse(context.Request.Query, out var note);
                return TypedResults.Ok(ApiSearchResponse.From(index.Search(request), note));
            })
            .WithName("Search")
            .WithSummary("Search published articles")
            .WithDescription("Query string: q (words, \"phrases\", OR, -exclusions), source, keyword, section, lang, from, to (YYYY-MM-DD), sort (relevance|newest), page, size (1-50).")
            .Produces<ApiSearchResponse>()
            .CacheOutput(PageCaching.Policy);

        app.MapGet("/api/suggest", (string? q, int? size, ISearchIndex index) =>
                TypedResults.Ok(ApiSuggestResponse.From(index.Complete(q ?? string.Empty, Math.Clamp(size ?? 5, 1, 10)))))
            .WithName("Suggest")
            .WithSummary("Complete what a reader is typing")
            .WithDescription("Query string: q (the text typed so far; the last word may be partial), size (1-10, default 5). Keywords whose name has a word starting with it, most used first, and the newest headlines containing the words.")
            .Produces<ApiSuggestResponse>()
            .CacheOutput(PageCaching.Policy);
        return app;
    }
}
