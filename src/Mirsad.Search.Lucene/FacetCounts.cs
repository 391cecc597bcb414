using System.Numerics;
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
    private int[]? _segment; // one segment's counts by segment ordinal, zero between uses
    private int _touchedCount;
    private bool _dense;

    /// <summary>
    /// Counts one segment's matches, given as one bit per document. Few matches are counted straight
    /// into global ordinals. Many are counted by segment ordinal, then added up by global ordinal in
    /// one pass over the segment's values (a map lookup per match would cost as much as the count); a
    /// query matching most of the segment is counted as all live documents less those it does not match.
    /// </summary>
    public void Add(SegmentOrdinals values, AtomicReader reader, ReadOnlySpan<ulong> bits, int matched, int[]? toGlobal)
    {
        var perDocument = values.ValuesPerDocument;
        var expected = matched * perDocument;
        var listed = !_dense && expected <= _touched.Length - _touchedCount;
        if (listed || (toGlobal is not null && expected < values.ValueCount / 2.0))
        {
            // Few counts: fewer than the list has room for, or than the pass over the segment's values
            // that adding up by segment ordinal would cost.
            _dense |= !listed;
            values.CountFew(bits, _counts, toGlobal, _dense ? [] : _touched, ref _touchedCount);
            _dense |= _touchedCount == _touched.Length;
            return;
        }

        _dense = true;
        var target = toGlobal is null ? _counts : (_segment ??= new int[_counts.Length]);
        var missed = reader.NumDocs - matched;
        if ((missed * perDocument) + (values.ValueCount / 4.0) < matched * perDocument)
        {
            Add(target, values.LiveCounts(reader));
            values.CountMany(bits, set: false, reader.MaxDoc, reader.LiveDocs, target, -1);
        }
        else
        {
            values.CountMany(bits, set: true, reader.MaxDoc, null, target, 1); // matches are live
        }

        if (toGlobal is not null)
        {
            Fold(target, toGlobal);
        }
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
            // Most values fall short of the smallest count kept; whole vectors of them are skipped.
            var counts = _counts.AsSpan();
            var floor = 0; // a count must exceed it to be kept
            var ord = 0;
            for (; ord <= counts.Length - Vector<int>.Count; ord += Vector<int>.Count)
            {
                if (Vector.GreaterThanAny(new Vector<int>(counts[ord..]), new Vector<int>(floor)))
                {
                    for (var i = ord; i < ord + Vector<int>.Count; i++)
                    {
                        floor = Keep(best, i, counts[i], size, floor);
                    }
                }
            }

            for (; ord < counts.Length; ord++)
            {
                floor = Keep(best, ord, counts[ord], size, floor);
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

    private static void Add(int[] counts, int[] more)
    {
        var i = 0;
        for (; i <= more.Length - Vector<int>.Count; i += Vector<int>.Count)
        {
            (new Vector<int>(counts, i) + new Vector<int>(more, i)).CopyTo(counts, i);
        }

        for (; i < more.Length; i++)
        {
            counts[i] += more[i];
        }
    }

    // Adds a segment's counts to the global ones and zeroes them; the map is sorted, so the global
    // counts are written in order.
    private void Fold(int[] segment, int[] toGlobal)
    {
        for (var ord = 0; ord < toGlobal.Length; ord++)
        {
            if (segment[ord] != 0)
            {
                _counts[toGlobal[ord]] += segment[ord];
                segment[ord] = 0;
            }
        }
    }

    // Dense values come in ordinal order, so a count equal to the smallest kept never displaces it.
    private static int Keep(List<(int Ord, int Count)> best, int ord, int count, int size, int floor)
    {
        if (count <= floor)
        {
            return floor;
        }

        Insert(best, ord, count, size);
        return best.Count < size ? 0 : best[^1].Count;
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
