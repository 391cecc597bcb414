namespace Mirsad.Core.Ingest;

/// <summary>What finishing an item writes: its text (or its error), duplicate link, story and keywords.</summary>
public sealed record ItemCompletion
{
    /// <summary>The item.</summary>
    public required long ItemId { get; init; }

    /// <summary>Ready, or failed for good.</summary>
    public required ItemStatus Status { get; init; }

    /// <summary>When it was finished.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Title to keep (null keeps the feed's).</summary>
    public string? Title { get; init; }

    /// <summary>The normalised title.</summary>
    public required string TitleKey { get; init; }

    /// <summary>Canonical address to keep (null keeps the current one).</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>Extracted text.</summary>
    public string? Text { get; init; }

    /// <summary>Extracted content HTML (untrusted).</summary>
    public string? ContentHtml { get; init; }

    /// <summary>Byline.</summary>
    public string? Author { get; init; }

    /// <summary>Language.</summary>
    public string? Language { get; init; }

    /// <summary>Publication time (null keeps the feed's).</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Text fingerprint for near-duplicates.</summary>
    public long? SimHash { get; init; }

    /// <summary>The earlier item this one duplicates.</summary>
    public long? DuplicateOf { get; init; }

    /// <summary>Why it is a duplicate.</summary>
    public string? DuplicateReason { get; init; }

    /// <summary>
    /// The original of an earlier-found chain that this item, published before it, replaces: that item
    /// becomes this one's duplicate (for <see cref="AdoptReason"/>) and its duplicates point here.
    /// </summary>
    public long? Adopts { get; init; }

    /// <summary>Why the adopted item is this one's duplicate.</summary>
    public string? AdoptReason { get; init; }

    /// <summary>The story it belongs to (null: its own).</summary>
    public long? StoryId { get; init; }

    /// <summary>Keywords, best first.</summary>
    public IReadOnlyList<ItemKeyword> Keywords { get; init; } = [];

    /// <summary>The error, for a failed item.</summary>
    public string? Error { get; init; }

    /// <summary>The page as fetched, kept raw.</summary>
    public FetchedPage? Page { get; init; }
}
