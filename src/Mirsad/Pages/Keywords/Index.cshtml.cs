using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Keywords;

namespace Mirsad.Pages.Keywords;

/// <summary>The keywords index: the most used keywords of each kind.</summary>
public sealed class KeywordsIndexModel(IKeywordStore keywords) : PageModel
{
    private static readonly KeywordKind[] Order = [KeywordKind.Person, KeywordKind.Organisation, KeywordKind.Place, KeywordKind.Topic];

    public IReadOnlyList<(KeywordKind Kind, IReadOnlyList<KeywordCount> Keywords)> ByKind { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var list = new List<(KeywordKind, IReadOnlyList<KeywordCount>)>();
        foreach (var kind in Order)
        {
            var top = await keywords.ListAsync(kind, 60, cancellationToken);
            if (top.Count > 0)
            {
                list.Add((kind, top.OrderBy(k => k.Name, StringComparer.OrdinalIgnoreCase).ToList()));
            }
        }

        ByKind = list;
    }
}
