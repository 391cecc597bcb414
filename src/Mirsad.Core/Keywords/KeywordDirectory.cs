using Mirsad.Core.Articles;

namespace Mirsad.Core.Keywords;

/// <summary>
/// Reads keywords for readers: a keyword's profile page and the keywords index (trending first, then
/// A to Z). The site's pages call it; the clock is the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class KeywordDirectory(IKeywordStore store, KeywordRulesSource rules, TimeProvider time)
{
    /// <summary>How far back "trending" looks.</summary>
    public const int TrendingDays = 30;

    /// <summary>Most months the attention chart shows (the latest ones).</summary>
    public const int MaxMonths = 120;

    /// <summary>Most keywords the index lists.</summary>
    public const int MaxListed = 2_000;

    /// <summary>The slug a keyword's page lives under now: its own, or the one it was merged into; null when unknown.</summary>
    public async Task<string?> CanonicalSlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var profile = await store.GetAsync(slug, cancellationToken);
        if (profile is null)
        {
            return null;
        }

        return profile.MergedInto is null ? slug : (await rules.CurrentAsync(cancellationToken)).Canonical(slug);
    }

    /// <summary>A keyword's profile page; null when unknown.</summary>
    public async Task<KeywordPage?> PageAsync(string slug, CancellationToken cancellationToken = default)
    {
        var profile = await store.GetAsync(slug, cancellationToken);
        if (profile is null)
        {
            return null;
        }

        var current = await rules.CurrentAsync(cancellationToken);
        var aliases = profile.Keyword.Aliases.Concat(current.Vocabulary.AliasesOf(slug))
            .Where(a => !string.Equals(a, profile.Keyword.Name, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(KeywordNormalizer.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new KeywordPage(
            profile,
            aliases,
            await store.CooccurringAsync(slug, 12, cancellationToken),
            await store.SourcesAsync(slug, 8, cancellationToken),
            FillMonths(await store.MonthsAsync(slug, cancellationToken)));
    }

    /// <summary>The keywords index: trending ones of the last 30 days, and all in use A to Z.</summary>
    public async Task<KeywordIndex> IndexAsync(CancellationToken cancellationToken = default)
    {
        var since = time.GetUtcNow().AddDays(-TrendingDays);
        var trending = await store.TrendingAsync(since, 12, cancellationToken);
        var all = (await store.ListAsync(null, MaxListed, cancellationToken))
            .OrderBy(k => k.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new KeywordIndex(trending, all);
    }

    /// <summary>Every month from the first to the last, with zero for months without articles; at most <see cref="MaxMonths"/>.</summary>
    public static IReadOnlyList<MonthCount> FillMonths(IReadOnlyList<MonthCount> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        if (months.Count == 0)
        {
            return [];
        }

        var counts = months.ToDictionary(m => (m.Year * 12) + m.Month - 1, m => m.Count);
        var last = counts.Keys.Max();
        var first = Math.Max(counts.Keys.Min(), last - MaxMonths + 1);
        var filled = new List<MonthCount>(last - first + 1);
        for (var m = first; m <= last; m++)
        {
            filled.Add(new MonthCount(m / 12, (m % 12) + 1, counts.GetValueOrDefault(m)));
        }

        return filled;
    }
}
