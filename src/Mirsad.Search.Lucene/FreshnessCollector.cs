using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Collects the best hits by relevance blended with recency: a hit's score is multiplied by
/// 1 + <see cref="Boost"/> × 0.5^(age / <see cref="HalfLifeDays"/>), its age counted back from the
/// newest article in the index (so an archive ranks the same whenever it is searched, and a live
/// site's newest article is about now). Undated articles get no boost. A same-day article thus gains
/// at most a quarter over an equally relevant old one: recency breaks near-ties, it does not bury
/// better matches.
/// </summary>
internal sealed class FreshnessCollector(int size, long newestSeconds) : ICollector
{
    public const float Boost = 0.25f;
    public const double HalfLifeDays = 30;

    private static readonly ConditionalWeakTable<AtomicReader, StrongBox<long>> Newest = [];

    private readonly PriorityQueue<ScoreDoc, float> _queue = new(size + 1);
    private Scorer? _scorer;
    private NumericDocValues? _dates;
    private int _docBase;

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>The newest publication time (Unix seconds) among the reader's articles, computed once per segment.</summary>
    public static long NewestSeconds(IndexReader reader)
    {
        long newest = 0;
        foreach (var leaf in reader.Leaves)
        {
            var box = Newest.GetValue(leaf.AtomicReader, r =>
            {
                var dates = r.GetNumericDocValues(LuceneFields.DateValues);
                long max = 0;
                for (var doc = 0; dates is not null && doc < r.MaxDoc; doc++)
                {
                    max = Math.Max(max, dates.Get(doc));
                }

                return new StrongBox<long>(max);
            });
            newest = Math.Max(newest, box.Value);
        }

        return newest;
    }

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _dates = context.AtomicReader.GetNumericDocValues(LuceneFields.DateValues);
        _docBase = context.DocBase;
    }

    public void Collect(int doc)
    {
        TotalHits++;
        var score = _scorer!.GetScore();
        var seconds = _dates?.Get(doc) ?? 0;
        if (seconds > 0)
        {
            var days = Math.Max(0, newestSeconds - seconds) / 86_400.0;
            score *= 1 + (Boost * (float)Math.Pow(0.5, days / HalfLifeDays));
        }

        if (_queue.Count == size && _queue.TryPeek(out _, out var lowest) && score <= lowest)
        {
            return;
        }

        _queue.Enqueue(new ScoreDoc(_docBase + doc, score), score);
        if (_queue.Count > size)
        {
            _queue.Dequeue();
        }
    }

    /// <summary>Hits <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/>, best first.</summary>
    public ScoreDoc[] Page(int start, int count)
    {
        var all = new ScoreDoc[_queue.Count];
        for (var i = all.Length - 1; i >= 0; i--)
        {
            all[i] = _queue.Dequeue();
        }

        return all.Skip(start).Take(count).ToArray();
    }
}
