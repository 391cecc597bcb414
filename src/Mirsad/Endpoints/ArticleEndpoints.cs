using Microsoft.AspNetCore.Http.HttpResults;
using Mirsad.Core.Articles;
using Mirsad.Web;

namespace Mirsad.Endpoints;

/// <summary>GET /api/articles and /api/articles/{id}: published articles as JSON.</summary>
internal static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/articles").WithTags("Articles");
        group.MapGet("/", async (IArticleStore store, int? page, CancellationToken cancellationToken) =>
            {
                var list = await store.ListAsync(new ArticleListQuery { Page = Math.Max(1, page ?? 1), PageSize = 20 }, cancellationToken);
                return TypedResults.Ok(new ApiArticlePage(list.Total, list.Page, list.PageSize, list.Items.Select(i =>
                    new ApiArticleSummary(i.Id, i.Slug, Links.Article(i.Slug), i.Headline, i.Standfirst, i.PublishedAt, i.Source?.Name, i.Language)).ToList()));
            })
            .WithName("LatestArticles")
            .WithSummary("Latest published articles, newest first");

        group.MapGet("/{id}", async Task<Results<Ok<ApiArticle>, ProblemHttpResult>> (string id, IArticleStore store, CancellationToken cancellationToken) =>
            {
                var article = await store.GetAsync(id, cancellationToken);
                return article is { Status: ArticleStatus.Published }
                    ? TypedResults.Ok(ApiArticle.From(article))
                    : TypedResults.Problem(title: "Article not found", detail: $"No published article has the id \"{id}\".", statusCode: StatusCodes.Status404NotFound);
            })
            .WithName("GetArticle")
            .WithSummary("One published article by id");
        return app;
    }
}
