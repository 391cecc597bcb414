using Mirsad.Core.Search;
using Mirsad.Web;

namespace Mirsad.Endpoints;

/// <summary>GET /api/search: the search API.</summary>
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
            .Produces<ApiSearchResponse>();
        return app;
    }
}
