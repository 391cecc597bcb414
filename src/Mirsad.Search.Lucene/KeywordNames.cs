using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Mirsad.Core.Search;
using Mirsad.Core.Text;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Every keyword of a point-in-time reader with its article count, and a sorted index of the words of
/// their names, so completing "vla" or "بوت" is a binary search. Built once per reader, on first use.
/// </summary>
internal sealed class KeywordNames
{
    private static readonly ConditionalWeakTable<IndexReader, KeywordNames> Cache = [];

    private readonly List<KeywordCompletion> _keywords = [];
    private readonly List<(string Word, int Keyword)> _words = [];

    private KeywordNames(IndexReader reader)
    {
        var values = MultiDocValues.GetSortedSetValues(reader, LuceneFields.FacetKeyword);
        var scratch = new BytesRef();
        for (long ord = 0; values is not null && ord < values.ValueCount; ord++)
        {
            values.LookupOrd(ord, scratch);
            var label = scratch.Utf8ToString();
            var separator = label.IndexOf(LuceneFields.LabelSeparator, StringComparison.Ordinal);
            var (slug, name) = separator < 0 ? (label, label) : (label[..separator], label[(separator + 1)..]);
            var count = reader.DocFreq(new Term(LuceneFields.Keyword, slug));
            if (count == 0)
            {
                continue; // only deleted articles had it
            }

            _keywords.Add(new KeywordCompletion(slug, name, count));
            foreach (var word in Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
            {
                _words.Add((word, _keywords.Count - 1));
            }
        }

        _words.Sort((a, b) => string.CompareOrdinal(a.Word, b.Word));
    }

    public static KeywordNames For(IndexReader reader)
    {
        lock (Cache)
        {
            return Cache.GetValue(reader, r => new KeywordNames(r));
        }
    }

    /// <summary>Keywords with a name word starting with <paramref name="prefix"/>, most used first.</summary>
    public IReadOnlyList<KeywordCompletion> Complete(string prefix, int count)
    {
        var key = Fold(prefix).Trim();
        if (key.Length == 0)
        {
            return [];
        }

        // The first word at or after the key, then every word that starts with it.
        int lo = 0, hi = _words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(_words[mid].Word, key) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var found = new HashSet<int>();
        for (var i = lo; i < _words.Count && _words[i].Word.StartsWith(key, StringComparison.Ordinal) && found.Count < 1000; i++)
        {
            found.Add(_words[i].Keyword);
        }

        return found.Select(k => _keywords[k]).OrderByDescending(k => k.Count).ThenBy(k => k.Name, StringComparer.Ordinal).Take(count).ToList();
    }

    private static string Fold(string text) => ArabicNormalizer.Fold(text).ToLowerInvariant().Replace('-', ' ');
}
