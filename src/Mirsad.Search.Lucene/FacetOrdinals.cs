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

    public long GlobalOrd(int segment, long ord) => _map is null ? ord : _map.GetGlobalOrd(segment, ord);

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
