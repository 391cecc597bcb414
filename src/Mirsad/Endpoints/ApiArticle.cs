using Mirsad.Core.Articles;
using Mirsad.Web;

namespace Mirsad.Endpoints;

/// <summary>The JSON of an article in the API.</summary>
public sealed record ApiArticle(
    string Id,
    string Slug,
    string Url,
    string Headline,
    string? Standfirst,
    IReadOnlyList<ArticleBlock> Body,
    string Language,
    DateTimeOffset? Published,
    string? Section,
    ApiSource? Source,
    string? OriginalUrl,
    ArticleOriginal? Original,
    string? Credit,
    string? Disclaimer,
    IReadOnlyList<ApiKeyword> Keywords)
{
    public static ApiArticle From(Article a) => new(
        a.Id, a.Slug, Links.Article(a.Slug), a.Headline, Attribution.Standfirst(a), a.Body, a.Language, a.PublishedAt, a.Section,
        a.Source is null ? null : new ApiSource(a.Source.Slug, a.Source.Name, a.Source.Leaning, Links.Source(a.Source.Slug)),
        a.Url, a.Original, a.Credit, a.Disclaimer,
        a.Keywords.Select(k => new ApiKeyword(k.Slug, k.Name, k.Kind.ToString().ToLowerInvariant(), Links.Keyword(k.Slug))).ToList());
}

/// <summary>A source in the API.</summary>
public sealed record ApiSource(string Slug, string Name, string? Leaning, string Url);

/// <summary>A keyword in the API.</summary>
public sealed record ApiKeyword(string Slug, string Name, string Kind, string Url);

/// <summary>A page of article summaries in the API.</summary>
public sealed record ApiArticlePage(int Total, int Page, int PageSize, IReadOnlyList<ApiArticleSummary> Items);

/// <summary>An article in a listing.</summary>
public sealed record ApiArticleSummary(string Id, string Slug, string Url, string Headline, string? Standfirst, DateTimeOffset? Published, string? Source, string Language);
