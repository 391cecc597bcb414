namespace Mirsad.Core.Keywords;

/// <summary>
/// Orders extracted keywords the way the site's editors tag: the people, organisations and places an
/// article names come first, weighed by how often it names them and how specific they are (a person
/// or a single site such as a base or port more than a country; a capital used for its government,
/// "Moscow said", little when the country is tagged anyway); topic phrases fill the remaining places.
/// </summary>
internal static class EditorialRanking
{
    private const double Substantial = 1.0;

    public static IEnumerable<ExtractedKeyword> Order(IReadOnlyList<ExtractedKeyword> extracted, KeywordVocabulary vocabulary)
    {
        var present = extracted.Where(k => k.Mentions >= 1).Select(k => k.Slug).ToHashSet(StringComparer.Ordinal);
        var weighed = extracted.Select((k, rank) => (Keyword: k, Rank: rank, Value: Value(k, present, vocabulary))).ToList();
        var entities = weighed.Where(x => x.Value >= Substantial).OrderByDescending(x => x.Value).ThenBy(x => x.Rank).Select(x => x.Keyword);
        var rest = weighed.Where(x => x.Value < Substantial).OrderBy(x => x.Rank).Select(x => x.Keyword);
        return entities.Concat(rest);
    }

    // Mentions times how much an editor cares about this kind of name; 0 for topic phrases.
    private static double Value(ExtractedKeyword k, HashSet<string> present, KeywordVocabulary vocabulary)
    {
        if (k.Kind == KeywordKind.Topic && k.Entry is null)
        {
            return 0;
        }

        var weight = k.Kind switch
        {
            KeywordKind.Person => 3.0,
            KeywordKind.Organisation => 1.5,
            KeywordKind.Place when k.Entry?.CapitalOf is { } country && present.Contains(country) => 0.25,
            KeywordKind.Place when k.Entry?.IsCountry == true => 1.0,
            KeywordKind.Place when vocabulary.IsSite(k.Slug) => 3.0,
            KeywordKind.Place => 1.5,
            _ => 1.5, // a topic the editors' vocabulary names
        };
        return k.Mentions * weight * (k.Entry is null ? 0.7 : 1.0);
    }
}
