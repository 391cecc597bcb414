using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Search;
using Mirsad.Core.Sources;
using Mirsad.Web;

namespace Mirsad.Pages.Search;

/// <summary>The search page: results with snippets, facets and filters as links, sorting and paging.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageCaching.Policy)]
public sealed class SearchModel(ISearchIndex index, ISourceStore sources, IKeywordStore keywords, IArticleStore articles) : PageModel
{
    public SearchResults Results { get; private set; } = SearchResults.Empty(new SearchRequest());

    /// <summary>The "did you mean" query as a reader would write it ("Aleppo", not "aleppo"); null when none.</summary>
    public string? Suggestion { get; private set; }

    /// <summary>The suggestion's own results, shown beneath when the query as typed found nothing.</summary>
    public SearchResults? SuggestionResults { get; private set; }

    public IReadOnlyList<string> Notes { get; private set; } = [];

    public IReadOnlyList<ActiveFilter> ActiveFilters { get; private set; } = [];

    public string? ActiveYear { get; private set; }

    /// <summary>The outlets of the hits by slug, for their names and leanings.</summary>
    public IReadOnlyDictionary<string, SourceOutlet> Outlets { get; private set; } = new Dictionary<string, SourceOutlet>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var request = SearchQueryString.Parse(Request.Query, out var note);
        Results = index.Search(request);
        Notes = new[] { note, Results.Message }.OfType<string>().ToList();
        Outlets = (await sources.ListAsync(cancellationToken)).ToDictionary(s => s.Slug, StringComparer.Ordinal);
        if (Results.Suggestion is { } suggestion)
        {
            Suggestion = SuggestionCase.Display(suggestion, word => index.Complete(word, 10).Keywords);
            if (Results.Total == 0)
            {
                SuggestionResults = index.Search(request with { Query = Suggestion, Page = 1 });
            }
        }

        var f = request.Filters;
        var active = new List<ActiveFilter>();
        void Add(string? value, string label, SearchFilters without)
        {
            if (value is not null)
            {
                active.Add(new ActiveFilter(label, SearchQueryString.Build(request with { Filters = without })));
            }
        }

        Add(f.Source, $"Source: {(f.Source is null ? null : Outlets.GetValueOrDefault(f.Source)?.LabelledName ?? f.Source)}", f with { Source = null });
        Add(f.Keyword, $"Keyword: {await KeywordNameAsync(f.Keyword, cancellationToken)}", f with { Keyword = null });
        Add(f.Section, $"Section: {await SectionNameAsync(f.Section, cancellationToken)}", f with { Section = null });
        Add(f.Language, $"Language: {LanguageName(f.Language)}", f with { Language = null });
        Add(f.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"From {Links.Date(f.From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))}", f with { From = null });
        Add(f.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"To {Links.Date(f.To?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))}", f with { To = null });
        ActiveFilters = active;
        if (f.From is { Month: 1, Day: 1 } from && f.To is { Month: 12, Day: 31 } to && from.Year == to.Year)
        {
            ActiveYear = from.Year.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The current query string except the named parameters, for forms that replace them.</summary>
    public IEnumerable<(string Name, string Value)> HiddenFields(params string[] except) =>
        Request.Query.Where(kv => !except.Contains(kv.Key) && kv.Key != "page").Select(kv => (kv.Key, kv.Value.ToString()));

    private static string? LanguageName(string? code) => code switch
    {
        "en" => "English",
        "ar" => "Arabic",
        _ => code,
    };

    private async Task<string?> KeywordNameAsync(string? slug, CancellationToken cancellationToken) =>
        slug is null ? null
        : Results.Facets.Keywords.FirstOrDefault(v => v.Value == slug)?.Label ?? (await keywords.GetAsync(slug, cancellationToken))?.Keyword.Name ?? slug;

    private async Task<string?> SectionNameAsync(string? slug, CancellationToken cancellationToken) =>
        slug is null ? null : (await articles.SectionsAsync(cancellationToken)).FirstOrDefault(s => s.Slug == slug)?.Name ?? slug;
}

/// <summary>A filter in force, with the link that removes it.</summary>
public sealed record ActiveFilter(string Label, string RemoveUrl);
