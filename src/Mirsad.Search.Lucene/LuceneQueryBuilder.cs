using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Mirsad.Core.Search;
using Mirsad.Core.Text;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Builds Lucene queries from a parsed reader query. Each word or phrase is analyzed once per
/// language and searched in that language's text field (headline, standfirst and body weighed
/// together, BM25F by repetition); words that analyze to several tokens ("al-Assad") become phrases;
/// a word or phrase the keyword vocabulary knows also matches the keyword and its spellings in the
/// other script; exclusions become prohibited clauses. Never throws on input.
/// </summary>
internal sealed class LuceneQueryBuilder(Analyzer analyzer, AliasExpander aliases)
{
    private const int MaxTokensPerTerm = 64;

    // Proximity after Metzler and Croft's sequential dependence model (SIGIR 2005), with its published
    // weights for newswire (terms 0.85, ordered pairs 0.10, unordered windows of 8 0.05), relative to the
    // terms. One sloppy pair stands for both: Lucene counts an adjacent pair as 1 and a pair d words
    // apart as 1/(d+1), so adjacency gets the ordered weight's share and nearness the window's.
    private const float PairBoost = (0.10f + 0.05f) / 0.85f;
    private const int WindowSlop = 6; // two words within a window of eight, in either order
    private const int MaxPairs = 32;

    // A keyword's other spellings and its tag count half as much as the words typed: a reader who
    // types Arabic sees Arabic articles first, then the English ones about the same person or place.
    private const float AliasBoost = 0.5f;

    /// <summary>The languages whose fields a query is run against: the script of the query decides.</summary>
    public static IReadOnlyList<string> LanguagesFor(ParsedQuery parsed, string? languageFilter)
    {
        if (languageFilter is not null)
        {
            return [LuceneFields.AnalysisLanguage(languageFilter)];
        }

        bool arabic = false, latin = false;
        foreach (var term in parsed.PositiveTerms.Concat(parsed.Excluded))
        {
            arabic |= Script.ContainsArabic(term.Text);
            latin |= term.Text.Any(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9');
        }

        return (arabic, latin) switch
        {
            (true, true) => Both,
            (true, false) => ArabicOnly,
            _ => EnglishOnly,
        };
    }

    private static readonly string[] Both = [LuceneFields.English, LuceneFields.Arabic];
    private static readonly string[] ArabicOnly = [LuceneFields.Arabic];
    private static readonly string[] EnglishOnly = [LuceneFields.English];

    /// <summary>
    /// The text query, or null when nothing searchable remains (only stop words). With
    /// <paramref name="requireAll"/> every group must match; otherwise any group may.
    /// </summary>
    public Query? Build(ParsedQuery parsed, IReadOnlyList<string> languages, bool requireAll)
    {
        var root = new BooleanQuery(disableCoord: true);
        var positives = 0;
        foreach (var group in parsed.Groups)
        {
            var groupQuery = BuildGroup(group, languages);
            if (groupQuery is null)
            {
                continue;
            }

            root.Add(groupQuery, group.Required || requireAll ? Occur.MUST : Occur.SHOULD);
            positives++;
        }

        foreach (var excluded in parsed.Excluded)
        {
            if (TextQuery(excluded.Text, languages) is { } q)
            {
                root.Add(q, Occur.MUST_NOT);
            }
        }

        if (positives == 0)
        {
            if (root.Clauses.Count == 0)
            {
                return null;
            }

            root.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return root.Clauses.Count == 1 && root.Clauses[0].Occur != Occur.MUST_NOT ? root.Clauses[0].Query : root;
    }

    /// <summary>Restrictions as a filter, or null when there are none.</summary>
    public static Filter? BuildFilter(SearchFilters filters)
    {
        if (filters.IsEmpty)
        {
            return null;
        }

        var query = new BooleanQuery();
        AddTerm(query, LuceneFields.Source, filters.Source);
        AddTerm(query, LuceneFields.Keyword, filters.Keyword);
        AddTerm(query, LuceneFields.Section, filters.Section);
        AddTerm(query, LuceneFields.Language, filters.Language);
        if (filters.From is not null || filters.To is not null)
        {
            long? from = filters.From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds() : null;
            long? to = filters.To is { } t ? new DateTimeOffset(t.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero).ToUnixTimeSeconds() : null;
            query.Add(NumericRangeQuery.NewInt64Range(LuceneFields.Date, from ?? 1, to, true, true), Occur.MUST);
        }

        return query.Clauses.Count == 0 ? null : new QueryWrapperFilter(query);
    }

    /// <summary>The analyzed tokens of <paramref name="text"/> in <paramref name="field"/>, with positions.</summary>
    public List<(string Text, int Position)> Analyze(string field, string text) => analyzer.Tokens(field, text, MaxTokensPerTerm);

    /// <summary>
    /// Adjacent words of the query (after stop words are dropped) found close together in an article
    /// score extra: "heat transfer", "air strike", "Khan Shaykhun" mean more than their words apart.
    /// Null when the query has fewer than two words; used to re-rank the best matches.
    /// </summary>
    public Query? Proximity(ParsedQuery parsed, IReadOnlyList<string> languages)
    {
        if (parsed.Groups.Count < 2)
        {
            return null;
        }

        var root = new BooleanQuery(disableCoord: true);
        foreach (var lang in languages)
        {
            var field = LuceneFields.Text(lang);
            string? previous = null;
            var pairs = 0;
            foreach (var group in parsed.Groups)
            {
                var term = group.Alternatives.Count == 1 && !group.Alternatives[0].IsPhrase ? Analyze(field, group.Alternatives[0].Text) : null;
                if (term is { Count: 0 })
                {
                    continue; // a stop word: its neighbours become adjacent
                }

                var current = term is { Count: 1 } ? term[0].Text : null;
                if (previous is not null && current is not null && previous != current && pairs++ < MaxPairs)
                {
                    root.Add(Pair(field, previous, current, WindowSlop, PairBoost), Occur.SHOULD);
                }

                previous = current;
            }
        }

        return root.Clauses.Count == 0 ? null : root;
    }

    private static PhraseQuery Pair(string field, string first, string second, int slop, float boost)
    {
        var pair = new PhraseQuery { Slop = slop, Boost = boost };
        pair.Add(new Term(field, first));
        pair.Add(new Term(field, second));
        return pair;
    }

    private Query? BuildGroup(QueryGroup group, IReadOnlyList<string> languages)
    {
        if (group.Alternatives.Count == 1)
        {
            return BuildTerm(group.Alternatives[0], languages);
        }

        var or = new BooleanQuery(disableCoord: true);
        foreach (var alternative in group.Alternatives)
        {
            if (BuildTerm(alternative, languages) is { } q)
            {
                or.Add(q, Occur.SHOULD);
            }
        }

        return or.Clauses.Count == 0 ? null : or;
    }

    private Query? BuildTerm(QueryTerm term, IReadOnlyList<string> languages)
    {
        var text = TextQuery(term.Text, languages);
        if (aliases.Expand(term.Text) is not { } keyword)
        {
            return text;
        }

        var any = new BooleanQuery(disableCoord: true);
        if (text is not null)
        {
            any.Add(text, Occur.SHOULD);
        }

        any.Add(new TermQuery(new Term(LuceneFields.Keyword, keyword.Slug)) { Boost = AliasBoost }, Occur.SHOULD);
        foreach (var (lang, spellings) in new[] { (LuceneFields.English, keyword.Latin), (LuceneFields.Arabic, keyword.Arabic) })
        {
            foreach (var spelling in spellings)
            {
                if (FieldQuery(LuceneFields.Text(lang), spelling) is { } q)
                {
                    q.Boost = AliasBoost;
                    any.Add(q, Occur.SHOULD);
                }
            }
        }

        return any;
    }

    private Query? TextQuery(string text, IReadOnlyList<string> languages)
    {
        if (languages.Count == 1)
        {
            return FieldQuery(LuceneFields.Text(languages[0]), text);
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var lang in languages)
        {
            if (FieldQuery(LuceneFields.Text(lang), text) is { } q)
            {
                any.Add(q, Occur.SHOULD);
            }
        }

        return any.Clauses.Count == 0 ? null : any;
    }

    private Query? FieldQuery(string field, string text)
    {
        var terms = Analyze(field, text);
        switch (terms.Count)
        {
            case 0:
                return null;
            case 1:
                return new TermQuery(new Term(field, terms[0].Text));
            default:
                var phrase = new PhraseQuery();
                foreach (var (token, position) in terms)
                {
                    phrase.Add(new Term(field, token), position);
                }

                return phrase;
        }
    }

    private static void AddTerm(BooleanQuery query, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
    }
}
