using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Mirsad.Core.Search;

namespace Mirsad.Search.Lucene;

/// <summary>
/// "Did you mean": a query word that no article contains is replaced by the word of the archive one or
/// two edits away (a letter added, dropped, changed or two swapped) that the most articles contain,
/// found with Lucene's Levenshtein automata over the index's own words. A word the archive has costs
/// one document-frequency lookup, so the check runs on every results page; the automata (a millisecond
/// or so on a large index) are built only for unknown words.
/// </summary>
internal sealed class SpellingSuggester(Analyzer analyzer)
{
    private const int MinReplacementFrequency = 3; // articles; a replacement must be a word in use
    private const int MinLength = 3;

    public string? Suggest(IndexReader reader, string query, ParsedQuery parsed)
    {
        Terms? terms = null;
        var suggestion = query;
        var changed = false;
        foreach (var term in parsed.PositiveTerms.Where(t => !t.IsPhrase))
        {
            var word = SingleWord(term.Text);
            if (word is null || word.Length < MinLength || word.Any(char.IsDigit))
            {
                continue;
            }

            if (reader.DocFreq(new Term(LuceneFields.Words, word)) > 0)
            {
                continue;
            }

            terms ??= MultiFields.GetTerms(reader, LuceneFields.Words);
            if (terms is not null && Best(terms, word) is { } better)
            {
                var at = suggestion.IndexOf(term.Text, StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    suggestion = string.Concat(suggestion.AsSpan(0, at), better, suggestion.AsSpan(at + term.Text.Length));
                    changed = true;
                }
            }
        }

        return changed ? suggestion : null;
    }

    private static string? Best(Terms terms, string word)
    {
        var maxEdits = word.Length <= 4 ? 1 : 2;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(LuceneFields.Words, word), maxEdits, 1, true);
        string? best = null;
        int bestEdits = int.MaxValue, bestFreq = 0;
        while (fuzzy.MoveNext())
        {
            var text = fuzzy.Term.Utf8ToString();
            var freq = fuzzy.DocFreq;
            var edits = Distance(word, text);
            if (freq < MinReplacementFrequency)
            {
                continue;
            }

            // Fewer edits first; among equals, the more common word.
            if (edits < bestEdits || (edits == bestEdits && freq > bestFreq))
            {
                (best, bestEdits, bestFreq) = (text, edits, freq);
            }
        }

        return best;
    }

    private string? SingleWord(string text) => analyzer.Tokens(LuceneFields.Words, text, 2) is [var only] ? only.Text : null;

    // Optimal string alignment distance (adjacent swaps count once), for ranking candidates.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
