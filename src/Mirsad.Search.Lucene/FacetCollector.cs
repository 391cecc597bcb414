using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Mirsad.Core.Search;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Counts facet values (source, keyword, year) over every matching document from sorted-set doc
/// values, segment by segment, without loading stored fields.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private static readonly string[] FacetFields = [LuceneFields.FacetSource, LuceneFields.FacetKeyword, LuceneFields.FacetYear];

    private readonly Dictionary<string, int>[] _totals = [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[3];
    private readonly int[]?[] _counts = new int[]?[3];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var f = 0; f < FacetFields.Length; f++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(FacetFields[f]);
            _values[f] = values;
            _counts[f] = values is null ? null : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < FacetFields.Length; f++)
        {
            var values = _values[f];
            if (values is null)
            {
                continue;
            }

            var counts = _counts[f]!;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                counts[ord]++;
            }
        }
    }

    public SearchFacets Result(int size)
    {
        Flush();
        return new SearchFacets(Top(_totals[0], size, byCount: true), Top(_totals[1], size, byCount: true), Top(_totals[2], size, byCount: false));
    }

    private void Flush()
    {
        var scratch = new BytesRef();
        for (var f = 0; f < FacetFields.Length; f++)
        {
            var counts = _counts[f];
            var values = _values[f];
            if (counts is null || values is null)
            {
                continue;
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, scratch);
                    var key = scratch.Utf8ToString();
                    _totals[f][key] = _totals[f].GetValueOrDefault(key) + counts[ord];
                }
            }

            _counts[f] = null;
            _values[f] = null;
        }
    }

    private static List<FacetValue> Top(Dictionary<string, int> totals, int size, bool byCount)
    {
        var ordered = byCount
            ? totals.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            : totals.OrderByDescending(kv => kv.Key, StringComparer.Ordinal);
        return ordered.Take(size).Select(kv =>
        {
            var separator = kv.Key.IndexOf(LuceneFields.LabelSeparator, StringComparison.Ordinal);
            return separator < 0
                ? new FacetValue(kv.Key, kv.Key, kv.Value)
                : new FacetValue(kv.Key[..separator], kv.Key[(separator + 1)..], kv.Value);
        }).ToList();
    }
}
