namespace Mirsad.Core.Ingest.Dedupe;

/// <summary>
/// The de-duplication rules, asked of any store: an item duplicates an earlier one with the same
/// canonical URL anywhere, else the same title within its source, else near-duplicate text anywhere
/// (within the probe's window and fingerprint distance). The match is the first item of that item's
/// chain, and the duplicate joins that item's story. Stores answer the narrow questions; the order,
/// the thresholds and the reasons live here.
/// </summary>
public sealed class DuplicateFinder(IMonitoredItemStore items)
{
    /// <summary>The earliest item <paramref name="probe"/> duplicates, why, and its story; null when none.</summary>
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

        return found is null ? null : new DuplicateMatch(found.Root, reason, await items.StoryOfAsync(found.Root, cancellationToken));
    }
}
