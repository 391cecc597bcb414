using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Mirsad.Endpoints;

/// <summary>
/// The query string of GET /api/search as OpenAPI describes it. Every value is text: the search reads
/// them with <see cref="Web.SearchQueryString"/>, which ignores a value it cannot read and says so in
/// the response's note rather than refusing the request.
/// </summary>
internal sealed class SearchParameters
{
    [FromQuery(Name = "q")]
    [Description("What to search for: words, \"exact phrases\", OR, -exclusions, +required words. Empty lists every article, newest first.")]
    public string? Q { get; init; }

    [FromQuery(Name = "source")]
    [Description("Only articles from this source (its slug, as in /source/{slug}).")]
    public string? Source { get; init; }

    [FromQuery(Name = "keyword")]
    [Description("Only articles with this keyword (its slug, as in /keyword/{slug}).")]
    public string? Keyword { get; init; }

    [FromQuery(Name = "section")]
    [Description("Only articles in this section (its slug, as in /section/{slug}).")]
    public string? Section { get; init; }

    [FromQuery(Name = "lang")]
    [Description("Only articles in this language: en or ar.")]
    public string? Lang { get; init; }

    [FromQuery(Name = "from")]
    [Description("Published on or after this date: YYYY-MM-DD (or YYYY-MM, YYYY).")]
    public string? From { get; init; }

    [FromQuery(Name = "to")]
    [Description("Published on or before this date: YYYY-MM-DD (or YYYY-MM, YYYY).")]
    public string? To { get; init; }

    [FromQuery(Name = "sort")]
    [Description("best (default: relevance with a preference for recent news), relevance, or newest.")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page")]
    [Description("Page of results, from 1.")]
    public string? Page { get; init; }

    [FromQuery(Name = "size")]
    [Description("Results per page, 1-50 (default 10).")]
    public string? Size { get; init; }
}
