using Lucene.Net.Index;

namespace Mirsad.Search.Lucene;

/// <summary>
/// The counts of one facet field for one search, by global ordinal, reused from search to search
/// (<see cref="FacetOrdinals.Rent"/>). While few values are counted, the ones counted are listed, so
/// ranking them and clearing afterwards cost only those; once the list would overflow (a query
/// matching much of a large index) the counts are read and cleared as one dense array instead.
/// </summary>
internal sealed class FacetCounts(int valueCount)
{
    private readonly int[] _counts = new int[valueCount];
    private readonly int[] _touched = new int[(valueCount / 8) + 16];
    private int _touchedCount;
    private bool _dense;

    /// <summary>
    /// Counts one segment's matches, given as one bit per document. A query matching most of the
    /// segment is counted as all live documents less those it does not match, whichever is fewer
    /// steps (the subtraction first adds the segment's live counts, one step per value).
    /// </summary>
    public void Add(SegmentOrdinals values, AtomicReader reader, ReadOnlySpan<ulong> bits, int matched, int[]? toGlobal)
    {
        var perDocument = values.ValuesPerDocument;
        var missed = reader.NumDocs - matched;
        if ((missed * perDocument) + (values.ValueCount / 2.0) < matched * perDocument)
        {
            values.CountAllBut(bits, reader.MaxDoc, reader.LiveDocs, values.LiveCounts(reader), _counts, toGlobal);
            _dense = true;
            return;
        }

        if (_dense || matched * perDocument > _touched.Length - _touchedCount)
        {
            _dense = true;
            var none = 0;
            values.CountMatches(bits, _counts, toGlobal, [], ref none);
            return;
        }

        values.CountMatches(bits, _counts, toGlobal, _touched, ref _touchedCount);
        _dense |= _touchedCount == _touched.Length;
    }

    /// <summary>The <paramref name="size"/> largest counts, ties to the smaller ordinal (ordinals follow the sorted values).</summary>
    public List<(int Ord, int Count)> Top(int size)
    {
        var best = new List<(int Ord, int Count)>(size + 1);
        if (size <= 0)
        {
            return best;
        }

        if (_dense)
        {
            for (var ord = 0; ord < _counts.Length; ord++)
            {
                var count = _counts[ord];
                if (count > 0 && (best.Count < size || count > best[^1].Count))
                {
                    Insert(best, ord, count, size);
                }
            }
        }
        else
        {
            for (var i = 0; i < _touchedCount; i++)
            {
                var ord = _touched[i];
                Insert(best, ord, _counts[ord], size);
            }
        }

        return best;
    }

    /// <summary>The <paramref name="size"/> values with a count that sort last (years: the latest first).</summary>
    public List<(int Ord, int Count)> Last(int size)
    {
        var last = new List<(int Ord, int Count)>(Math.Max(0, size));
        if (_dense)
        {
            for (var ord = _counts.Length - 1; ord >= 0 && last.Count < size; ord--)
            {
                if (_counts[ord] > 0)
                {
                    last.Add((ord, _counts[ord]));
                }
            }

            return last;
        }

        Array.Sort(_touched, 0, _touchedCount);
        for (var i = _touchedCount - 1; i >= 0 && last.Count < size; i--)
        {
            last.Add((_touched[i], _counts[_touched[i]]));
        }

        return last;
    }

    /// <summary>Zeroes what this search counted, for the next one.</summary>
    public void Clear()
    {
        if (_dense)
        {
            Array.Clear(_counts);
        }
        else
        {
            for (var i = 0; i < _touchedCount; i++)
            {
                _counts[_touched[i]] = 0;
            }
        }

        _touchedCount = 0;
        _dense = false;
    }

    private static void Insert(List<(int Ord, int Count)> best, int ord, int count, int size)
    {
        if (count == 0 || (best.Count == size && !Before(count, ord, best[^1])))
        {
            return;
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

    // Larger counts first; ties go to the smaller value.
    private static bool Before(int count, int ord, (int Ord, int Count) other) => count > other.Count || (count == other.Count && ord < other.Ord);
}
