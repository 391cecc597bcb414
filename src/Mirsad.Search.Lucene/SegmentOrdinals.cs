using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Mirsad.Search.Lucene;

/// <summary>
/// One segment's sorted-set ordinals of a facet field, copied once into two arrays (start of each
/// document's run, then the runs), so counting a match is two array reads instead of decoding packed
/// doc values. Segments never change once written (deletions do not touch doc values), so the copy
/// lives as long as the segment's core. Costs four bytes per value plus four per document.
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, SegmentOrdinals>> Cache = [];

    private readonly int[] _starts;
    private readonly int[] _ords;

    private SegmentOrdinals(int[] starts, int[] ords, int valueCount)
    {
        _starts = starts;
        _ords = ords;
        ValueCount = valueCount;
    }

    public int ValueCount { get; }

    /// <summary>The ordinals of a segment's field, or null when the segment has none.</summary>
    public static SegmentOrdinals? For(AtomicReader reader, string field)
    {
        var byField = Cache.GetValue(reader.CoreCacheKey, _ => new Dictionary<string, SegmentOrdinals>(StringComparer.Ordinal));
        lock (byField)
        {
            if (byField.TryGetValue(field, out var cached))
            {
                return cached;
            }

            var values = reader.GetSortedSetDocValues(field);
            if (values is null)
            {
                return null;
            }

            var starts = new int[reader.MaxDoc + 1];
            var ords = new List<int>(reader.MaxDoc * 2);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                starts[doc] = ords.Count;
                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    ords.Add((int)ord);
                }
            }

            starts[reader.MaxDoc] = ords.Count;
            var result = new SegmentOrdinals(starts, [.. ords], (int)values.ValueCount);
            byField[field] = result;
            return result;
        }
    }

    /// <summary>Adds one to the count of each of <paramref name="doc"/>'s values, noting values counted for the first time.</summary>
    public void Count(int doc, int[] counts, List<int> touched)
    {
        for (int i = _starts[doc], end = _starts[doc + 1]; i < end; i++)
        {
            if (counts[_ords[i]]++ == 0)
            {
                touched.Add(_ords[i]);
            }
        }
    }
}
