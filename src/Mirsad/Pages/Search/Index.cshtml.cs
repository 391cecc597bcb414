using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Search;
using Mirsad.Web;

namespace Mirsad.Pages.Search;

/// <summary>The search page: results with snippets, facets and filters as links, sorting and paging.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageCaching.Policy)]
public sealed class SearchModel(ISearchIndex index) : PageModel
{
    public SearchResults Results { get; private set; } = SearchResults.Empty(new SearchRequest());

    public IReadOnlyList<string> Notes { get; private set; } = [];

    public IReadOnlyList<ActiveFilter> ActiveFilters { get; private set; } = [];

    public string? ActiveYear { get; private set; }

    public void OnGet()
    {
        var request = SearchQueryString.Parse(Request.Query, out var note);
        Results = index.Search(request);
        Notes = new[] { note, Results.Message }.OfType<string>().ToList();
        var f = request.Filters;
        var active = new List<ActiveFilter>();
        void Add(string? value, string label, SearchFilters without)
        {
            if (value is not null)
            {
                active.Add(new ActiveFilter(label, SearchQueryString.Build(request with { Filters = without })));
            }
        }

        Add(f.Source, $"Source: {Label(Results.Facets.Sources, f.Source)}", f with { Source = null });
        Add(f.Keyword, $"Keyword: {Label(Results.Facets.Keywords, f.Keyword)}", f with { Keyword = null });
        Add(f.Section, $"Section: {f.Section}", f with { Section = null });
        Add(f.Language, $"Language: {f.Language}", f with { Language = null });
        Add(f.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"From {f.From:yyyy-MM-dd}", f with { From = null });
        Add(f.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"To {f.To:yyyy-MM-dd}", f with { To = null });
        ActiveFilters = active;
        if (f.From is { Month: 1, Day: 1 } from && f.To is { Month: 12, Day: 31 } to && from.Year == to.Year)
        {
            ActiveYear = from.Year.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The current query string except the named parameters, for forms that replace them.</summary>
    public IEnumerable<(string Name, string Value)> HiddenFields(params string[] except) =>
        Request.Query.Where(kv => !except.Contains(kv.Key) && kv.Key != "page").Select(kv => (kv.Key, kv.Value.ToString()));

    private static string Label(IReadOnlyList<FacetValue> values, string? value) =>
        values.FirstOrDefault(v => v.Value == value)?.Label ?? value ?? string.Empty;
}

/// <summary>A filter in force, with the link that removes it.</summary>
public sealed record ActiveFilter(string Label, string RemoveUrl);
