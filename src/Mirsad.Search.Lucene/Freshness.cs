using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Relevance blended with recency: a hit's score is multiplied by 1 + <see cref="Boost"/> ×
/// 0.5^(age / <see cref="HalfLifeDays"/>), its age counted back from the newest article in the index
/// (so an archive ranks the same whenever it is searched, and on a live site the newest article is
/// about now). Undated articles get no boost. A same-day article thus gains at most a quarter over an
/// equally relevant old one: recency breaks near-ties, it does not bury better matches.
/// </summary>
internal static class Freshness
{
    public const float Boost = 0.25f;
    public const double HalfLifeDays = 30;

    private static readonly ConditionalWeakTable<AtomicReader, StrongBox<long>> Newest = [];

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

    /// <summary>The factor for an article published at <paramref name="seconds"/> (0: undated).</summary>
    public static float Factor(long seconds, long newestSeconds)
    {
        if (seconds <= 0)
        {
            return 1;
        }

        var days = Math.Max(0, newestSeconds - seconds) / 86_400.0;
        return 1 + (Boost * (float)Math.Pow(0.5, days / HalfLifeDays));
    }
}
