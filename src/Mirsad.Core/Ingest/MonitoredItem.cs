namespace Mirsad.Core.Ingest;

/// <summary>A story found in a source's feed, with what its page gave and how it relates to other items.</summary>
public sealed record MonitoredItem
{
    /// <summary>Store identity; also the order items were found in.</summary>
    public required long Id { get; init; }

    /// <summary>The source's slug.</summary>
    public required string SourceSlug { get; init; }

    /// <summary>The source's name.</summary>
    public string SourceName { get; init; } = string.Empty;

    /// <summary>The source's leaning label.</summary>
    public string? Leaning { get; init; }

    /// <summary>The link as the feed gave it.</summary>
    public required string Url { get; init; }

    /// <summary>The canonical address (tracking stripped, or the page's rel=canonical).</summary>
    public required string CanonicalUrl { get; init; }

    /// <summary>The title (the page's when it was read, else the feed's).</summary>
    public required string Title { get; init; }

    /// <summary>The feed's summary.</summary>
    public string? Summary { get; init; }

    /// <summary>The byline.</summary>
    public string? Author { get; init; }

    /// <summary>ISO 639-1 language of the text.</summary>
    public string? Language { get; init; }

    /// <summary>When the outlet published it, when known.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When Mirsad found it.</summary>
    public DateTimeOffset DiscoveredAt { get; init; }

    /// <summary>Pending, ready or failed.</summary>
    public ItemStatus Status { get; init; }

    /// <summary>Why its page could not be read (the last attempt's error).</summary>
    public string? Error { get; init; }

    /// <summary>Extracted main text, paragraphs separated by blank lines.</summary>
    public string? Text { get; init; }

    /// <summary>Extracted main content as HTML: untrusted, sanitise before showing.</summary>
    public string? ContentHtml { get; init; }

    /// <summary>The earlier item this one duplicates, if any.</summary>
    public long? DuplicateOf { get; init; }

    /// <summary>Why it is a duplicate ("same canonical URL", "same title", "near-duplicate text").</summary>
    public string? DuplicateReason { get; init; }

    /// <summary>The story it belongs to (the id of the story's first item).</summary>
    public long? StoryId { get; init; }

    /// <summary>Keywords, best first.</summary>
    public IReadOnlyList<ItemKeyword> Keywords { get; init; } = [];

    /// <summary>The draft article made from it ("take this story"), if any.</summary>
    public string? ArticleId { get; init; }

    /// <summary>The text to read: extracted text, else the feed's summary.</summary>
    public string ReadableText => !string.IsNullOrWhiteSpace(Text) ? Text : Summary ?? string.Empty;
}
