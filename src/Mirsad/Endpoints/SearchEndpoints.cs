using Mirsad.Core.Search;
using Mirsad.Web;

namespace Mirsad.Endpoints;

/// <summary>GET /api/search: the search API; GET /api/suggest: completions as a reader types.</summary>
internal static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", (HttpContext context, [AsParameters] SearchParameters parameters, ISearchIndex index) =>
            {
                // The parameters are declared for the OpenAPI description; the query string is read as the search page reads it.
                _ = parameters;
                var request = SearchQueryString.Parse(context.Request.Query, out var note);
                return TypedResults.Ok(ApiSearchResponse.From(index.Search(request), note));
            })
            .WithName("Search")
            .WithSummary("Search published articles")
            .WithDescription("Published articles matching q, with snippets, facet counts and, for a word no article has, a spelling suggestion. A value that cannot be read is ignored and named in the response's note.")
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
