using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Mirsad.Core.Search;
using Mirsad.Core.Text;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Builds Lucene queries from a parsed reader query: each word or phrase is analyzed per field and
/// searched across headline (weighted most), standfirst and body; words that analyze to several
/// tokens ("al-Assad") become phrases; exclusions become prohibited clauses. Never throws on input.
/// </summary>
internal sealed class LuceneQueryBuilder(Analyzer analyzer)
{
    private const float TieBreaker = 0.1f;

    private static readonly (Func<string, string> Field, float Boost)[] Fields =
    [
        (LuceneFields.Title, 3.0f),
        (LuceneFields.Standfirst, 2.0f),
        (LuceneFields.Body, 1.0f),
    ];

    /// <summary>The languages whose fields a query is run against: the script of the query decides.</summary>
    public static IReadOnlyList<string> LanguagesFor(ParsedQuery parsed, string? languageFilter)
    {
        if (languageFilter is not null)
        {
            return [LuceneFields.AnalysisLanguage(languageFilter)];
        }

        var text = string.Join(' ', parsed.PositiveTerms.Concat(parsed.Excluded).Select(t => t.Text));
        var arabic = Script.ContainsArabic(text);
        var latin = text.Any(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9');
        return (arabic, latin) switch
        {
            (true, true) => [LuceneFields.English, LuceneFields.Arabic],
            (true, false) => [LuceneFields.Arabic],
            _ => [LuceneFields.English],
        };
    }

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
            if (BuildTerm(excluded, languages) is { } q)
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

        return root;
    }

    /// <summary>A query over one field with every positive term, for choosing snippet passages.</summary>
    public Query HighlightQuery(ParsedQuery parsed, string field)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in parsed.PositiveTerms)
        {
            if (FieldQuery(field, term.Text) is { } q)
            {
                query.Add(q, Occur.SHOULD);
            }
        }

        return query;
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

    private Query? BuildGroup(QueryGroup group, IReadOnlyList<string> languages)
    {
        var alternatives = group.Alternatives.Select(a => BuildTerm(a, languages)).OfType<Query>().ToList();
        if (alternatives.Count <= 1)
        {
            return alternatives.FirstOrDefault();
        }

        var or = new BooleanQuery(disableCoord: true);
        foreach (var alternative in alternatives)
        {
            or.Add(alternative, Occur.SHOULD);
        }

        return or;
    }

    private DisjunctionMaxQuery? BuildTerm(QueryTerm term, IReadOnlyList<string> languages)
    {
        var dismax = new DisjunctionMaxQuery(TieBreaker);
        var any = false;
        foreach (var lang in languages)
        {
            foreach (var (field, boost) in Fields)
            {
                if (FieldQuery(field(lang), term.Text) is { } q)
                {
                    q.Boost = boost;
                    dismax.Add(q);
                    any = true;
                }
            }
        }

        return any ? dismax : null;
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

    private List<(string Text, int Position)> Analyze(string field, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var termAttribute = stream.AddAttribute<ICharTermAttribute>();
        var positionAttribute = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken() && terms.Count < 64)
        {
            position += positionAttribute.PositionIncrement;
            terms.Add((termAttribute.ToString(), position));
        }

        stream.End();
        return terms;
    }

    private static void AddTerm(BooleanQuery query, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
    }
}
