using System.Globalization;
using System.Text.RegularExpressions;
using Mirsad.Core.Keywords;
using Mirsad.Core.Keywords.Grammar;
using Mirsad.Core.Text;

namespace Mirsad.Core.Ingest.Stories;

/// <summary>
/// What a report's headline and lead say about its event: the kinds of event named, whether the headline is
/// someone's statement, the places it happened (below country level), the tolls in the headline, and its
/// content words (stemmed, Arabic folded), from which two reports' likeness is measured.
/// </summary>
/// <param name="Kinds">Kinds of event named in the headline (or, when it names none, the lead).</param>
/// <param name="IsStatement">Whether the headline reports what someone said rather than the event.</param>
/// <param name="Places">Slugs of the places (towns, regions, sites; not countries) the headline or lead names.</param>
/// <param name="Tolls">Numbers in the headline (casualties, usually), years left out.</param>
/// <param name="Pairs">Neighbouring content words of headline and lead, as pairs ("barrel bomb", "bomb market"): what two retellings of one event share.</param>
/// <param name="Keywords">Slugs of the item's keywords.</param>
/// <param name="TitleWords">Content words of the headline alone.</param>
public sealed partial record StorySignature(EventKind Kinds, bool IsStatement, IReadOnlySet<string> Places, IReadOnlyList<int> Tolls, IReadOnlySet<string> Pairs, IReadOnlySet<string> Keywords, IReadOnlySet<string> TitleWords)
{
    // Words every report of the war shares; they say nothing about which event it is.
    private static readonly HashSet<string> Common = new string[]
    {
        "syria", "syrian", "syrias", "kill", "killed", "dead", "death", "toll", "civilian", "peopl", "monitor", "observatori", "said", "say", "report", "least", "mani",
        "سوريا", "سورية", "مقتل", "قتلى", "قتيل", "مدني", "مدنيين",
    }.Select(w => Script.ContainsArabic(w) ? ArabicNormalizer.WordKey(w) : w).ToHashSet(StringComparer.Ordinal);

    /// <summary>The signature of <paramref name="facts"/>, places resolved through <paramref name="vocabulary"/>.</summary>
    public static StorySignature Of(StoryFacts facts, KeywordVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var titleWords = Tokens(facts.Title);
        var leadWords = Tokens(facts.Lead);
        var kinds = EventLexicon.KindsOf(titleWords);
        if (kinds == EventKind.None)
        {
            kinds = EventLexicon.KindsOf(leadWords);
        }

        // The places of the event: those the headline names, else those the lead's first sentence names (later
        // sentences give background: "as US-backed fighters advanced on Raqqa").
        var places = PlacesIn(facts.Keywords, vocabulary, titleWords);
        if (places.Count == 0)
        {
            places = PlacesIn(facts.Keywords, vocabulary, Tokens(FirstSentence(facts.Lead)));
        }

        var tolls = Number().Matches(facts.Title).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Where(n => n is > 0 and < 100_000 and not (>= 1900 and <= 2100)).ToList();
        return new StorySignature(kinds, EventLexicon.IsStatement(titleWords), places, tolls, PairsOf(titleWords.Concat(leadWords)), facts.Keywords.Select(k => k.Slug).ToHashSet(StringComparer.Ordinal), Content(titleWords));
    }

    /// <summary>The words of <paramref name="text"/>: lower-cased, Arabic folded, split at anything that is no letter or digit.</summary>
    internal static List<string> Tokens(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : Word().Matches(ArabicNormalizer.Fold(text).ToLowerInvariant()).Select(m => m.Value).ToList();

    private static IEnumerable<string> ContentWords(IEnumerable<string> words) =>
        words.Where(w => w.Length > 1 && !char.IsAsciiDigit(w[0])).Select(Stem).Where(w => w.Length > 0 && !Common.Contains(w));

    private static HashSet<string> Content(IEnumerable<string> words) => ContentWords(words).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> PairsOf(IEnumerable<string> words)
    {
        var content = ContentWords(words).ToList();
        return content.Zip(content.Skip(1), (x, y) => x + " " + y).ToHashSet(StringComparer.Ordinal);
    }

    private static HashSet<string> PlacesIn(IReadOnlyList<ItemKeyword> keywords, KeywordVocabulary vocabulary, List<string> words)
    {
        var text = " " + string.Join(' ', words) + " ";
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var keyword in keywords.Where(k => k.Kind == KeywordKind.Place))
        {
            var known = vocabulary.TryResolve(keyword.Name, out var entry);
            if (known ? entry.IsCountry || entry.CapitalOf is not null : !IsName(keyword.Name))
            {
                continue; // a country, or its capital standing for its government, is too wide; a guessed phrase is no place name
            }

            if (Named(text, keyword.Name) || vocabulary.AliasesOf(keyword.Slug).Any(a => Named(text, a)))
            {
                places.Add(keyword.Slug);
            }
        }

        return places;
    }

    // A name the vocabulary does not know is taken for a place only when it is written as one: capitalised words, or Arabic.
    private static bool IsName(string name) =>
        Script.ContainsArabic(name) || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || w is "al" or "el" || w.StartsWith("al-", StringComparison.Ordinal));

    private static string FirstSentence(string lead)
    {
        var end = lead.IndexOfAny(['.', '!', '?', '؟']);
        return end < 0 ? lead : lead[..end];
    }

    private static bool Named(string head, string name) =>
        Tokens(name) is { Count: > 0 } words && head.Contains(" " + string.Join(' ', words) + " ", StringComparison.Ordinal);

    private static string Stem(string word) =>
        Script.ContainsArabic(word) ? (StopWords.Arabic.Contains(word) ? string.Empty : ArabicNormalizer.WordKey(word))
        : StopWords.English.Contains(word) ? string.Empty
        : PorterStemmer.Stem(word);

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b\d{1,5}\b")]
    private static partial Regex Number();
}
