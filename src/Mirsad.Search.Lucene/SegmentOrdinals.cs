using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Mirsad.Search.Lucene;

/// <summary>
/// One segment's sorted-set ordinals of a facet field, copied once into plain arrays, so counting a
/// match is an array read or two instead of decoding packed doc values: a single-valued field (source,
/// year) keeps one ordinal per document, a multi-valued one (keywords) the start of each document's
/// run, then the runs. Ordinals are kept in two bytes when the segment has fewer than 65,535 values:
/// counting a query that matches much of a large index is bound by reading them. Segments never change
/// once written (deletions do not touch doc values), so the copy lives as long as the segment's core.
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, SegmentOrdinals>> Cache = [];
    private static readonly ConditionalWeakTable<object, Dictionary<string, int[]>> LiveCache = [];

    private readonly int[]? _starts; // null when single-valued: one ordinal per document, None for none
    private readonly ushort[]? _narrow;
    private readonly int[]? _wide;

    private SegmentOrdinals(string field, int[]? starts, List<int> ords, int valueCount)
    {
        Field = field;
        _starts = starts;
        ValueCount = valueCount;
        if (valueCount < ushort.MaxValue)
        {
            _narrow = ords.Select(o => o < 0 ? ushort.MaxValue : (ushort)o).ToArray();
        }
        else
        {
            _wide = [.. ords];
        }

        ValuesPerDocument = starts is null ? 1 : ords.Count / (double)Math.Max(1, starts.Length - 1);
    }

    public string Field { get; }

    public int ValueCount { get; }

    /// <summary>Values per document on average: what counting one matching document costs.</summary>
    public double ValuesPerDocument { get; }

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
                        Add(doc, counts, 1);
                    }
                }

                byField[Field] = counts;
            }

            return counts;
        }
    }

    /// <summary>
    /// Adds one, for each document whose bit is set, to the count of each of its values, by global
    /// ordinal through <paramref name="toGlobal"/> (or as they are when null), noting in
    /// <paramref name="touched"/> the values counted for the first time while it has room. For few
    /// matches: each count costs a lookup in the map.
    /// </summary>
    public void CountFew(ReadOnlySpan<ulong> bits, int[] counts, int[]? toGlobal, int[] touched, ref int touchedCount)
    {
        var n = touchedCount;
        for (var w = 0; w < bits.Length; w++)
        {
            for (var word = bits[w]; word != 0; word &= word - 1)
            {
                var doc = (w << 6) + BitOperations.TrailingZeroCount(word);
                var (from, to) = Run(doc);
                for (var i = from; i < to; i++)
                {
                    var ord = Ord(i);
                    if (ord < 0)
                    {
                        continue;
                    }

                    ord = toGlobal is null ? ord : toGlobal[ord];
                    if (counts[ord]++ == 0 && n < touched.Length)
                    {
                        touched[n++] = ord;
                    }
                }
            }
        }

        touchedCount = n;
    }

    /// <summary>
    /// Adds <paramref name="delta"/>, for each document whose bit equals <paramref name="set"/> (and
    /// that is live), to the count of each of its values, by segment ordinal: counting the matches
    /// (set, +1), or taking the misses off the live counts (clear, -1).
    /// </summary>
    public void CountMany(ReadOnlySpan<ulong> bits, bool set, int maxDoc, IBits? live, int[] counts, int delta)
    {
        if (_narrow is { } narrow)
        {
            CountMany(narrow, _starts, bits, set, maxDoc, live, counts, delta);
        }
        else
        {
            CountMany(_wide!, _starts, bits, set, maxDoc, live, counts, delta);
        }
    }

    // One loop per width of ordinal (the generic is compiled once for each), reading no fields.
    private static void CountMany<T>(T[] ords, int[]? starts, ReadOnlySpan<ulong> bits, bool set, int maxDoc, IBits? live, int[] counts, int delta)
        where T : unmanaged, IBinaryInteger<T>
    {
        var none = T.AllBitsSet;
        for (var w = 0; w < bits.Length; w++)
        {
            var word = set ? bits[w] : ~bits[w];
            if (!set && w == bits.Length - 1 && (maxDoc & 63) != 0)
            {
                word &= (1UL << maxDoc) - 1; // past the last document
            }

            for (; word != 0; word &= word - 1)
            {
                var doc = (w << 6) + BitOperations.TrailingZeroCount(word);
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                if (starts is null)
                {
                    if (ords[doc] != none)
                    {
                        counts[int.CreateTruncating(ords[doc])] += delta;
                    }

                    continue;
                }

                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++)
                {
                    counts[int.CreateTruncating(ords[i])] += delta;
                }
            }
        }
    }

    private (int From, int To) Run(int doc) => _starts is null ? (doc, doc + 1) : (_starts[doc], _starts[doc + 1]);

    // The ordinal at a position of the runs (or of a document, single-valued), -1 for none.
    private int Ord(int i) => _narrow is { } narrow ? (narrow[i] == ushort.MaxValue ? -1 : narrow[i]) : _wide![i];

    private void Add(int doc, int[] counts, int delta)
    {
        var (from, to) = Run(doc);
        for (var i = from; i < to; i++)
        {
            if (Ord(i) is var ord and >= 0)
            {
                counts[ord] += delta;
            }
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
            return new SegmentOrdinals(field, starts, ords, (int)values.ValueCount);
        }

        var perDoc = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            perDoc.Add(starts[doc] == starts[doc + 1] ? -1 : ords[starts[doc]]);
        }

        return new SegmentOrdinals(field, null, perDoc, (int)values.ValueCount);
    }
}
