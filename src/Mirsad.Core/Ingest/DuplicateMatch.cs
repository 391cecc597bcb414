namespace Mirsad.Core.Ingest;

/// <summary>The earlier item an item duplicates (the first of its chain) and why.</summary>
public sealed record DuplicateMatch(long ItemId, string Reason, long? StoryId);
