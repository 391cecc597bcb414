using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Mirsad.Core.Search;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Counts facet values (source, keyword, year) over every matching document from sorted-set doc
/// values: per segment into pooled arrays of segment ordinals, folded into global ordinals at the
/// end of each segment; only the values shown are turned into strings.
/// </summary>
internal sealed class FacetCollector : ICollector, IDisposable
{
    private static readonly string[] FacetFields = [LuceneFields.FacetSource, LuceneFields.FacetKeyword, LuceneFields.FacetYear];

    private readonly FacetOrdinals[] _ordinals;
    private readonly int[][] _totals;
    private readonly SegmentOrdinals?[] _values = new SegmentOrdinals?[3];
    private readonly int[]?[] _counts = new int[]?[3];
    private readonly List<int>[] _touched = [[], [], []];        // segment ordinals counted in this segment
    private readonly List<int>[] _touchedGlobal = [[], [], []];  // global ordinals counted so far
    private readonly IList<AtomicReaderContext> _leaves;
    private int _segment;

    public FacetCollector(IndexReader reader)
    {
        _leaves = reader.Leaves;
        _ordinals = FacetFields.Select(f => FacetOrdinals.For(reader, f)).ToArray();
        _totals = _ordinals.Select(o => Rent(o.ValueCount)).ToArray();
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = context.Ord;
        for (var f = 0; f < FacetFields.Length; f++)
        {
            var values = SegmentOrdinals.For(context.AtomicReader, FacetFields[f]);
            _values[f] = values;
            _counts[f] = values is null ? null : Rent(values.ValueCount);
        }
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < FacetFields.Length; f++)
        {
            _values[f]?.Count(doc, _counts[f]!, _touched[f]);
        }
    }

    public SearchFacets Result(int size)
    {
        Flush();
        return new SearchFacets(Top(0, size), Top(1, size), Newest(2, size));
    }

    public void Dispose()
    {
        Flush();
        foreach (var totals in _totals)
        {
            ArrayPool<int>.Shared.Return(totals);
        }
    }

    private void Flush()
    {
        for (var f = 0; f < FacetFields.Length; f++)
        {
            if (_counts[f] is not { } counts || _values[f] is not { } values)
            {
                continue;
            }

            var totals = _totals[f];
            var toGlobal = _ordinals[f].SegmentToGlobal(_segment, values.ValueCount);
            foreach (var ord in _touched[f])
            {
                var global = toGlobal is null ? ord : toGlobal[ord];
                if (totals[global] == 0)
                {
                    _touchedGlobal[f].Add(global);
                }

                totals[global] += counts[ord];
            }

            _touched[f].Clear();
            ArrayPool<int>.Shared.Return(counts);
            _counts[f] = null;
            _values[f] = null;
        }
    }

    // The largest counts, ties by value; only these are looked up as strings.
    private List<FacetValue> Top(int f, int size)
    {
        var totals = _totals[f];
        var best = new List<(int Ord, int Count)>(size + 1);
        foreach (var ord in _touchedGlobal[f])
        {
            // Larger counts first; ties go to the smaller value (ordinals follow the sorted values).
            var count = totals[ord];
            if (count == 0 || (best.Count == size && !Before(count, ord, best[^1])))
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && Before(count, ord, best[at - 1]))
            {
                at--;
            }

            best.Insert(at, (ord, count));
            if (best.Count > size)
            {
                best.RemoveAt(size);
            }
        }

        return best.Select(b => Label(f, b.Ord, b.Count)).ToList();
    }

    private static bool Before(int count, int ord, (int Ord, int Count) other) => count > other.Count || (count == other.Count && ord < other.Ord);

    // Years: the latest values first (ordinals follow the sorted values).
    private List<FacetValue> Newest(int f, int size)
    {
        var touched = _touchedGlobal[f];
        touched.Sort();
        return touched.AsEnumerable().Reverse().Take(size).Select(ord => Label(f, ord, _totals[f][ord])).ToList();
    }

    private FacetValue Label(int f, int ord, int count)
    {
        var key = _ordinals[f].Lookup(_leaves, ord);
        var separator = key.IndexOf(LuceneFields.LabelSeparator, StringComparison.Ordinal);
        return separator < 0
            ? new FacetValue(key, key, count)
            : new FacetValue(key[..separator], key[(separator + 1)..], count);
    }

    private static int[] Rent(int size)
    {
        var array = ArrayPool<int>.Shared.Rent(Math.Max(1, size));
        Array.Clear(array, 0, Math.Max(1, size));
        return array;
    }
}
