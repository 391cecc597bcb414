using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Keywords;

namespace Mirsad.Pages.Keywords;

/// <summary>The keywords index ("Who's who"): trending in the last 30 days first, then A to Z and by kind.</summary>
public sealed class KeywordsIndexModel(KeywordDirectory directory) : PageModel
{
    private static readonly KeywordKind[] Order = [KeywordKind.Person, KeywordKind.Organisation, KeywordKind.Place, KeywordKind.Topic];

    public IReadOnlyList<KeywordCount> Trending { get; private set; } = [];

    public IReadOnlyList<(string Letter, IReadOnlyList<KeywordCount> Keywords)> ByLetter { get; private set; } = [];

    public IReadOnlyList<(KeywordKind Kind, IReadOnlyList<KeywordCount> Keywords)> ByKind { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var index = await directory.IndexAsync(cancellationToken);
        Trending = index.Trending;
        ByLetter = index.All.GroupBy(k => Letter(k.Name)).Select(g => (g.Key, (IReadOnlyList<KeywordCount>)g.ToList())).ToList();
        ByKind = Order.Select(kind => (kind, (IReadOnlyList<KeywordCount>)index.All.Where(k => k.Kind == kind).ToList())).Where(g => g.Item2.Count > 0).ToList();
    }

    /// <summary>The index letter of a name: its first letter upper-cased, "#" for digits and signs.</summary>
    public static string Letter(string name)
    {
        var first = name.FirstOrDefault(char.IsLetterOrDigit);
        return char.IsLetter(first) ? char.ToUpperInvariant(first).ToString() : "#";
    }

    /// <summary>The id of a letter's section.</summary>
    public static string LetterId(string letter) => letter == "#" ? "letter-other" : "letter-" + letter;
}
