namespace Mirsad.Core.Ingest.Dedupe;

/// <summary>What an item is compared on to find another item it duplicates.</summary>
/// <param name="ItemId">The item (never its own duplicate).</param>
/// <param name="CanonicalUrls">Its canonical addresses (link and rel=canonical), compared across sources.</param>
/// <param name="TitleKey">Its normalised title, compared within its source.</param>
/// <param name="SimHash">Its text fingerprint, compared across sources.</param>
/// <param name="MaxDistance">Largest fingerprint distance that is a near-duplicate.</param>
/// <param name="Since">Only items found after this are compared.</param>
/// <param name="PublishedAt">When the outlet published it, when known and plausible: an item published before the copy found first is the original.</param>
public sealed record DuplicateProbe(long ItemId, IReadOnlyList<string> CanonicalUrls, string TitleKey, long? SimHash, int MaxDistance, DateTimeOffset Since, DateTimeOffset? PublishedAt = null);
