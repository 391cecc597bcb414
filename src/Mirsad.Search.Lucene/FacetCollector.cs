using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Mirsad.Core.Search;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Passes every match to the collector that ranks them and notes it as one bit of the segment; when the
/// segment is done, counts the facet values (source, keyword, year) of the matches in one tight loop
/// per field (<see cref="SegmentOrdinals"/>), straight into global ordinals. Only the values shown are
/// turned into strings.
/// </summary>
internal sealed class FacetCollector : ICollector, IDisposable
{
    private static readonly string[] FacetFields = [LuceneFields.FacetSource, LuceneFields.FacetKeyword, LuceneFields.FacetYear];

    private readonly ICollector _inner;
    private readonly IList<AtomicReaderContext> _leaves;
    private readonly FacetOrdinals[] _ordinals;
    private readonly FacetCounts?[] _counts;
    private ulong[] _bits;
    private AtomicReaderContext? _segment;
    private int _matched;

    public FacetCollector(IndexReader reader, ICollector inner)
    {
        _inner = inner;
        _leaves = reader.Leaves;
        _ordinals = FacetFields.Select(f => FacetOrdinals.For(reader, f)).ToArray();
        _counts = _ordinals.Select(o => o.ValueCount == 0 ? null : o.Rent()).ToArray();
        var words = Words(_leaves.Count == 0 ? 0 : _leaves.Max(l => l.AtomicReader.MaxDoc));
        _bits = ArrayPool<ulong>.Shared.Rent(words);
        Array.Clear(_bits, 0, words);
    }

    public bool AcceptsDocsOutOfOrder => _inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        CountSegment();
        _segment = context;
        _inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        _bits[doc >> 6] |= 1UL << doc;
        _matched++;
        _inner.Collect(doc);
    }

    public SearchFacets Result(int size)
    {
        CountSegment();
        return new SearchFacets(Labels(0, c => c.Top(size)), Labels(1, c => c.Top(size)), Labels(2, c => c.Last(size)));
    }

    public void Dispose()
    {
        for (var f = 0; f < _counts.Length; f++)
        {
            if (_counts[f] is { } counts)
            {
                _ordinals[f].Return(counts);
                _counts[f] = null;
            }
        }

        ArrayPool<ulong>.Shared.Return(_bits);
        _bits = [];
    }

    private static int Words(int maxDoc) => (maxDoc + 63) >> 6;

    private void CountSegment()
    {
        if (_segment is not { } segment)
        {
            return;
        }

        var reader = segment.AtomicReader;
        var bits = _bits.AsSpan(0, Words(reader.MaxDoc));
        if (_matched > 0)
        {
            for (var f = 0; f < FacetFields.Length; f++)
            {
                if (_counts[f] is { } counts && SegmentOrdinals.For(reader, FacetFields[f]) is { } values)
                {
                    counts.Add(values, reader, bits, _matched, _ordinals[f].SegmentToGlobal(segment.Ord, values.ValueCount));
                }
            }

            bits.Clear();
        }

        _segment = null;
        _matched = 0;
    }

    private List<FacetValue> Labels(int f, Func<FacetCounts, List<(int Ord, int Count)>> pick) =>
        _counts[f] is { } counts ? pick(counts).Select(b => Label(f, b.Ord, b.Count)).ToList() : [];

    private FacetValue Label(int f, int ord, int count)
    {
        var key = _ordinals[f].Lookup(_leaves, ord);
        var separator = key.IndexOf(LuceneFields.LabelSeparator, StringComparison.Ordinal);
        return separator < 0
            ? new FacetValue(key, key, count)
            : new FacetValue(key[..separator], key[(separator + 1)..], count);
    }
}
