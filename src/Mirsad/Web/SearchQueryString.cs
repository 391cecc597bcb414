using System.Globalization;
using Mirsad.Core.Search;

namespace Mirsad.Web;

/// <summary>
/// Reads a search from a query string (q, source, keyword, section, lang, from, to, sort, page, size),
/// shared by the search page and the API. Values it cannot read are ignored and named in a note.
/// </summary>
public static class SearchQueryString
{
    /// <summary>The query parameters a search reads (the API's OpenAPI description lists each).</summary>
    public static readonly IReadOnlyList<string> ParameterNames = ["q", "source", "keyword", "section", "lang", "from", "to", "sort", "page", "size"];

    /// <summary>Most results per page on the site and the API.</summary>
    public const int MaxPageSize = 50;

    /// <summary>Reads the request; <paramref name="note"/> names values that were ignored.</summary>
    public static SearchRequest Parse(IQueryCollection query, out string? note)
    {
        var notes = new List<string>();
        var from = Date(query, "from", notes);
        var to = Date(query, "to", notes);
        // Readers get the best matches with a preference for recent news unless they ask otherwise.
        var sort = query["sort"].ToString() switch
        {
            "newest" or "date" => SearchSort.Newest,
            "relevance" => SearchSort.Relevance,
            "" or "best" => SearchSort.RelevanceAndFreshness,
            var other => Ignore(notes, "sort", other, SearchSort.RelevanceAndFreshness),
        };
        var request = new SearchRequest
        {
            Query = Value(query, "q"),
            Filters = new SearchFilters(Value(query, "source"), Value(query, "keyword"), Value(query, "section"), Value(query, "lang"), from, to),
            Sort = sort,
            Page = Int(query, "page", 1, notes),
            PageSize = Math.Clamp(Int(query, "size", 10, notes), 1, MaxPageSize),
        };
        note = notes.Count == 0 ? null : string.Join(' ', notes);
        return request.Normalized();
    }

    /// <summary>The search page address for another query with the same filters and order (a spelling suggestion).</summary>
    public static string WithQuery(SearchRequest request, string query) => Build(request with { Query = query });

    /// <summary>The query string for a request, for links (paging, facets, removing a filter).</summary>
    public static string Build(SearchRequest request, int? page = null)
    {
        var pairs = new List<(string, string?)>
        {
            ("q", request.Query),
            ("source", request.Filters.Source),
            ("keyword", request.Filters.Keyword),
            ("section", request.Filters.Section),
            ("lang", request.Filters.Language),
            ("from", request.Filters.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("to", request.Filters.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("sort", request.Sort switch { SearchSort.Newest => "newest", SearchSort.Relevance => "relevance", _ => null }),
            ("page", (page ?? 1) > 1 ? (page ?? 1).ToString(CultureInfo.InvariantCulture) : null),
        };
        var parts = pairs.Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!));
        return "/search?" + string.Join('&', parts);
    }

    private static string? Value(IQueryCollection query, string name)
    {
        var value = query[name].ToString().Trim();
        return value.Length == 0 ? null : value.Length > 2000 ? value[..2000] : value;
    }

    private static DateOnly? Date(IQueryCollection query, string name, List<string> notes)
    {
        var text = Value(query, name);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        notes.Add($"The date \"{Truncate(text)}\" for \"{name}\" was not understood (use YYYY-MM-DD) and was ignored.");
        return null;
    }

    private static int Int(IQueryCollection query, string name, int fallback, List<string> notes)
    {
        var text = Value(query, name);
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        notes.Add($"\"{Truncate(text)}\" is not a valid {name} and was ignored.");
        return fallback;
    }

    private static T Ignore<T>(List<string> notes, string name, string value, T fallback)
    {
        notes.Add($"\"{Truncate(value)}\" is not a valid {name} and was ignored.");
        return fallback;
    }

    private static string Truncate(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
