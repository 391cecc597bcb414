using Mirsad.Core.Keywords;
using Mirsad.Core.Text;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Finds the keyword a query word or phrase names ("بوتين", "Jolani", "HTS") through the keyword
/// vocabulary, with that keyword's spellings in each script, so a search in one script also finds
/// articles written in the other and articles tagged with the keyword.
/// </summary>
internal sealed class AliasExpander
{
    private const int MaxSpellingsPerScript = 4;

    private readonly KeywordVocabulary _vocabulary;
    private readonly Lazy<Dictionary<string, KeywordSpellings>> _bySlug;

    public AliasExpander(KeywordVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        _bySlug = new(() => Spellings(vocabulary)); // built at the first search, not when an import opens the index
    }

    /// <summary>The keyword named by <paramref name="text"/> with its spellings, or null.</summary>
    public KeywordSpellings? Expand(string text) =>
        text.Length is > 1 and < 80 && _vocabulary.TryResolve(text, out var entry) && _bySlug.Value.TryGetValue(entry.Slug, out var spellings) ? spellings : null;

    private static Dictionary<string, KeywordSpellings> Spellings(KeywordVocabulary vocabulary)
    {
        var bySlug = new Dictionary<string, KeywordSpellings>(StringComparer.Ordinal);
        foreach (var entry in vocabulary.Entries)
        {
            // Shortest spellings first: "Putin" already matches every "President Putin".
            var spellings = vocabulary.AliasesOf(entry.Slug).Append(entry.Name).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(s => s.Length).ToList();
            bySlug[entry.Slug] = new KeywordSpellings(
                entry.Slug,
                spellings.Where(s => !Script.ContainsArabic(s)).Take(MaxSpellingsPerScript).ToList(),
                spellings.Where(s => Script.ContainsArabic(s)).Take(MaxSpellingsPerScript).ToList());
        }

        return bySlug;
    }
}
