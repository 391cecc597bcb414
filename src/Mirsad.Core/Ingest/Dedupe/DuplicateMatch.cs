namespace Mirsad.Core.Ingest.Dedupe;

/// <summary>The item another item duplicates (the original of its chain), why, and which of the two came first.</summary>
/// <param name="ItemId">The original of the chain the probe matched.</param>
/// <param name="Reason">Why they are copies ("same canonical URL", "same title", "near-duplicate text (n of 64 bits differ)").</param>
/// <param name="StoryId">The story of that original.</param>
/// <param name="ProbeIsOriginal">
/// True when the probe was published before that original: the probe is then the original, and the
/// chain (that item and its duplicates) becomes the probe's duplicates.
/// </param>
public sealed record DuplicateMatch(long ItemId, string Reason, long? StoryId, bool ProbeIsOriginal = false);
