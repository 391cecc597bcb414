namespace Mirsad.Core.Keywords;

/// <summary>
/// The keyword rules in force at one moment: the vocabulary (shipped, the operator's and the editors'
/// curated keywords), the keywords editors blocked, and merges. Immutable; a change of the editors'
/// vocabulary makes a new one (<see cref="KeywordRulesSource"/>).
/// </summary>
public sealed class KeywordRules
{
    private const int MaxMergeDepth = 16;

    private readonly Dictionary<string, string> _mergedInto;

    private KeywordRules(KeywordVocabulary vocabulary, HashSet<string> blocked, Dictionary<string, string> mergedInto)
    {
        Vocabulary = vocabulary;
        Blocked = blocked;
        _mergedInto = mergedInto;
        Extractor = new KeywordExtractor(vocabulary);
    }

    /// <summary>Every name and alias known, resolved to its keyword.</summary>
    public KeywordVocabulary Vocabulary { get; }

    /// <summary>An extractor over <see cref="Vocabulary"/>.</summary>
    public KeywordExtractor Extractor { get; }

    /// <summary>Slugs never given to an article automatically.</summary>
    public IReadOnlySet<string> Blocked { get; }

    /// <summary>Rules with no editorial changes over <paramref name="vocabulary"/>.</summary>
    public static KeywordRules Of(KeywordVocabulary vocabulary) => new(vocabulary, [], []);

    /// <summary>The rules of <paramref name="basis"/> with the editors' curated keywords on top.</summary>
    public static KeywordRules Build(KeywordVocabulary basis, IReadOnlyList<CuratedKeyword> curated)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(curated);
        var merged = curated.Where(c => c.MergedInto is not null && c.MergedInto != c.Keyword.Slug)
            .ToDictionary(c => c.Keyword.Slug, c => c.MergedInto!, StringComparer.Ordinal);
        var blocked = curated.Where(c => c.Blocked).Select(c => c.Keyword.Slug).ToHashSet(StringComparer.Ordinal);
        var rules = new KeywordRules(basis, blocked, merged);

        // Standing keywords first, then the merged ones' names as aliases of where they went.
        var entries = new Dictionary<string, VocabularyEntry>(StringComparer.Ordinal);
        foreach (var entry in basis.Entries)
        {
            entries.TryAdd(entry.Slug, entry);
        }

        var additions = new List<(VocabularyEntry, IEnumerable<string>)>();
        foreach (var c in curated.Where(c => !merged.ContainsKey(c.Keyword.Slug)))
        {
            var entry = new VocabularyEntry(c.Keyword.Name, c.Keyword.Kind, c.Keyword.Slug);
            entries[entry.Slug] = entry;
            additions.Add((entry, c.Keyword.Aliases));
        }

        foreach (var c in curated.Where(c => merged.ContainsKey(c.Keyword.Slug)))
        {
            if (entries.TryGetValue(rules.Canonical(c.Keyword.Slug), out var target))
            {
                additions.Add((target, [c.Keyword.Name, .. c.Keyword.Aliases]));
            }
        }

        return new KeywordRules(basis.With(additions), blocked, merged);
    }

    /// <summary>The slug a keyword stands under now: itself, or where it was merged (following chains).</summary>
    public string Canonical(string slug)
    {
        for (var i = 0; i < MaxMergeDepth && _mergedInto.TryGetValue(slug, out var next); i++)
        {
            slug = next;
        }

        return slug;
    }
}
