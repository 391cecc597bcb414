using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Mirsad.Search.Lucene;

/// <summary>
/// One segment's sorted-set ordinals of a facet field, copied once into plain arrays, so counting a
/// match is an array read or two instead of decoding packed doc values: a single-valued field (source,
/// year) keeps one ordinal per document (-1 for none), a multi-valued one (keywords) the start of each
/// document's run, then the runs. Segments never change once written (deletions do not touch doc
/// values), so the copy lives as long as the segment's core. Costs four bytes per document and four
/// per value.
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, SegmentOrdinals>> Cache = [];
    private static readonly ConditionalWeakTable<object, Dictionary<string, int[]>> LiveCache = [];

    private readonly int[]? _starts; // null when single-valued: _ords then holds one ordinal per document
    private readonly int[] _ords;

    private SegmentOrdinals(string field, int[]? starts, int[] ords, int valueCount)
    {
        Field = field;
        _starts = starts;
        _ords = ords;
        ValueCount = valueCount;
    }

    public string Field { get; }

    public int ValueCount { get; }

    /// <summary>Values per document on average: what counting one matching document costs.</summary>
    public double ValuesPerDocument => _starts is null ? 1 : _ords.Length / (double)Math.Max(1, _starts.Length - 1);

    /// <summary>The ordinals of a segment's field, or null when the segment has none.</summary>
    public static SegmentOrdinals? For(AtomicReader reader, string field)
    {
        var byField = Cache.GetValue(reader.CoreCacheKey, _ => new Dictionary<string, SegmentOrdinals>(StringComparer.Ordinal));
        lock (byField)
        {
            if (!byField.TryGetValue(field, out var cached))
            {
                cached = Read(reader, field);
                if (cached is null)
                {
                    return null;
                }

                byField[field] = cached;
            }

            return cached;
        }
    }

    /// <summary>
    /// How many live documents of the segment have each value: the counts of a query that matches
    /// everything, from which a query matching most of the segment subtracts what it does not match.
    /// Built once per segment and set of deletions.
    /// </summary>
    public int[] LiveCounts(AtomicReader reader)
    {
        var byField = LiveCache.GetValue(reader.CombinedCoreAndDeletesKey, _ => new Dictionary<string, int[]>(StringComparer.Ordinal));
        lock (byField)
        {
            if (!byField.TryGetValue(Field, out var counts))
            {
                counts = new int[ValueCount];
                var live = reader.LiveDocs;
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (live is null || live.Get(doc))
                    {
                        AddDocument(doc, counts, null, 1);
                    }
                }

                byField[Field] = counts;
            }

            return counts;
        }
    }

    /// <summary>
    /// Adds one, for each document whose bit is set in <paramref name="bits"/>, to the count of each of
    /// its values (mapped through <paramref name="toGlobal"/> when given), noting in
    /// <paramref name="touched"/> the values counted for the first time while it has room.
    /// </summary>
    public void CountMatches(ReadOnlySpan<ulong> bits, int[] counts, int[]? toGlobal, int[] touched, ref int touchedCount)
    {
        // Locals, so the loops read no fields; one loop per layout.
        var starts = _starts;
        var ords = _ords;
        var n = touchedCount;
        for (var w = 0; w < bits.Length; w++)
        {
            for (var word = bits[w]; word != 0; word &= word - 1)
            {
                var doc = (w << 6) + BitOperations.TrailingZeroCount(word);
                if (starts is null)
                {
                    var ord = ords[doc];
                    if (ord >= 0)
                    {
                        Increment(toGlobal is null ? ord : toGlobal[ord], counts, touched, ref n);
                    }
                }
                else
                {
                    for (int i = starts[doc], end = starts[doc + 1]; i < end; i++)
                    {
                        Increment(toGlobal is null ? ords[i] : toGlobal[ords[i]], counts, touched, ref n);
                    }
                }
            }
        }

        touchedCount = n;
    }

    /// <summary>
    /// Counts the matches of a query that matches most of the segment as every live document less the
    /// live documents whose bit is not set in <paramref name="bits"/>; every value of the segment may
    /// have a count afterwards, so nothing is noted as touched.
    /// </summary>
    public void CountAllBut(ReadOnlySpan<ulong> bits, int maxDoc, IBits? live, int[] liveCounts, int[] counts, int[]? toGlobal)
    {
        for (var ord = 0; ord < liveCounts.Length; ord++)
        {
            counts[toGlobal is null ? ord : toGlobal[ord]] += liveCounts[ord];
        }

        for (var w = 0; w < bits.Length; w++)
        {
            var missing = ~bits[w];
            if (w == bits.Length - 1 && (maxDoc & 63) != 0)
            {
                missing &= (1UL << maxDoc) - 1; // past the last document
            }

            for (; missing != 0; missing &= missing - 1)
            {
                var doc = (w << 6) + BitOperations.TrailingZeroCount(missing);
                if (live is null || live.Get(doc))
                {
                    AddDocument(doc, counts, toGlobal, -1);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Increment(int ord, int[] counts, int[] touched, ref int touchedCount)
    {
        if (counts[ord]++ == 0 && touchedCount < touched.Length)
        {
            touched[touchedCount++] = ord;
        }
    }

    private void AddDocument(int doc, int[] counts, int[]? toGlobal, int delta)
    {
        if (_starts is null)
        {
            if (_ords[doc] >= 0)
            {
                counts[toGlobal is null ? _ords[doc] : toGlobal[_ords[doc]]] += delta;
            }

            return;
        }

        for (int i = _starts[doc], end = _starts[doc + 1]; i < end; i++)
        {
            counts[toGlobal is null ? _ords[i] : toGlobal[_ords[i]]] += delta;
        }
    }

    private static SegmentOrdinals? Read(AtomicReader reader, string field)
    {
        var values = reader.GetSortedSetDocValues(field);
        if (values is null)
        {
            return null;
        }

        var maxDoc = reader.MaxDoc;
        var starts = new int[maxDoc + 1];
        var ords = new List<int>(maxDoc);
        var single = true;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ords.Add((int)ord);
            }

            single &= ords.Count - starts[doc] <= 1;
        }

        starts[maxDoc] = ords.Count;
        if (!single)
        {
            return new SegmentOrdinals(field, starts, [.. ords], (int)values.ValueCount);
        }

        var perDoc = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            perDoc[doc] = starts[doc] == starts[doc + 1] ? -1 : ords[starts[doc]];
        }

        return new SegmentOrdinals(field, null, perDoc, (int)values.ValueCount);
    }
}
