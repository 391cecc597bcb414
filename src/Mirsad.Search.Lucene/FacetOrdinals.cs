using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Mirsad.Search.Lucene;

/// <summary>
/// The global ordinals of one facet field over a point-in-time reader: each segment's ordinals
/// mapped to one sorted space, built once per reader (the map costs a pass over every value) and
/// shared by all the searches that use that reader.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, Dictionary<string, FacetOrdinals>> Cache = [];

    private readonly MultiDocValues.OrdinalMap? _map;

    private readonly string _field;
    private readonly Dictionary<int, int[]> _segments = [];
    private readonly Stack<FacetCounts> _pool = [];

    private FacetOrdinals(string field, SortedSetDocValues? values, MultiDocValues.OrdinalMap? map)
    {
        _field = field;
        _map = map;
        ValueCount = values is null ? 0 : (int)values.ValueCount;
    }

    /// <summary>Number of distinct values over the whole reader.</summary>
    public int ValueCount { get; }

    public static FacetOrdinals For(IndexReader reader, string field)
    {
        var byField = Cache.GetValue(reader, _ => new Dictionary<string, FacetOrdinals>(StringComparer.Ordinal));
        lock (byField)
        {
            if (!byField.TryGetValue(field, out var ordinals))
            {
                var values = MultiDocValues.GetSortedSetValues(reader, field);
                ordinals = new FacetOrdinals(field, values, (values as MultiDocValues.MultiSortedSetDocValues)?.Mapping);
                byField[field] = ordinals;
            }

            return ordinals;
        }
    }

    /// <summary>
    /// A segment's ordinals mapped to global ones as a plain array (the ordinal map's packed lookup
    /// costs more than the counting when a query matches much of a large index); built once per
    /// reader and segment.
    /// </summary>
    public int[]? SegmentToGlobal(int segment, int valueCount)
    {
        if (_map is null)
        {
            return null; // one segment: its ordinals are the global ones
        }

        lock (_segments)
        {
            if (!_segments.TryGetValue(segment, out var mapping))
            {
                mapping = new int[valueCount];
                for (var ord = 0; ord < valueCount; ord++)
                {
                    mapping[ord] = (int)_map.GetGlobalOrd(segment, ord);
                }

                _segments[segment] = mapping;
            }

            return mapping;
        }
    }

    /// <summary>Zeroed counts for one search over this reader; give them back with <see cref="Return"/>.</summary>
    public FacetCounts Rent()
    {
        lock (_pool)
        {
            if (_pool.TryPop(out var counts))
            {
                return counts;
            }
        }

        return new FacetCounts(ValueCount);
    }

    /// <summary>
    /// Clears counts and keeps them for the next search (as many as searches run at once, up to a few
    /// per core: each costs four bytes per value, and a large index has a few hundred thousand values).
    /// </summary>
    public void Return(FacetCounts counts)
    {
        counts.Clear();
        lock (_pool)
        {
            if (_pool.Count < 2 * Environment.ProcessorCount)
            {
                _pool.Push(counts);
            }
        }
    }

    /// <summary>
    /// The value of a global ordinal, read through the calling thread's own doc values of the first
    /// segment holding it (doc-values readers are not shared between threads).
    /// </summary>
    public string Lookup(IList<AtomicReaderContext> leaves, long globalOrd)
    {
        var segment = _map is null ? 0 : _map.GetFirstSegmentNumber(globalOrd);
        var ord = _map is null ? globalOrd : _map.GetFirstSegmentOrd(globalOrd);
        var scratch = new BytesRef();
        leaves[segment].AtomicReader.GetSortedSetDocValues(_field).LookupOrd(ord, scratch);
        return scratch.Utf8ToString();
    }
}
