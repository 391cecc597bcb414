namespace Mirsad.Core.Ingest.Dedupe;

/// <summary>
/// The de-duplication rules, asked of any store: an item duplicates another with the same canonical
/// URL anywhere, else the same title within its source, else near-duplicate text anywhere (within the
/// probe's window and fingerprint distance). Of two copies the one published first is the original,
/// whichever was found first: a wire's copy found before the outlet's own item becomes its duplicate.
/// Stores answer the narrow questions; the order, the thresholds and the reasons live here.
/// </summary>
public sealed class DuplicateFinder(IMonitoredItemStore items)
{
    /// <summary>The chain <paramref name="probe"/> belongs to, why, and whether the probe is its original; null when none.</summary>
    public async Task<DuplicateMatch?> FindAsync(DuplicateProbe probe, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var (found, reason) = (await items.FirstWithUrlAsync(probe.ItemId, probe.CanonicalUrls, cancellationToken), "same canonical URL");
        if (found is null && probe.TitleKey.Length >= TitleKey.MinComparableLength)
        {
            (found, reason) = (await items.FirstWithTitleAsync(probe.ItemId, probe.TitleKey, probe.Since, cancellationToken), "same title");
        }

        if (found is null && probe.SimHash is { } hash)
        {
            found = await items.NearestTextAsync(probe.ItemId, hash, probe.MaxDistance, probe.Since, cancellationToken);
            reason = $"near-duplicate text ({found?.Distance} of 64 bits differ)";
        }

        if (found is null || await items.GetAsync(found.Root, cancellationToken) is not { } original)
        {
            return null;
        }

        var probeFirst = probe.PublishedAt is { } mine && original.PublishedAt is { } theirs && theirs <= original.DiscoveredAt.AddDays(1) && mine < theirs;
        return new DuplicateMatch(original.Id, reason, original.StoryId ?? original.Id, probeFirst);
    }
}
