namespace Mirsad.Core.Ingest;

/// <summary>Where a monitored item stands.</summary>
public enum ItemStatus
{
    /// <summary>Found in a feed; its page is still to be read (a crash leaves items here, and the next round goes on).</summary>
    Pending,

    /// <summary>Its page was read and its text extracted.</summary>
    Ready,

    /// <summary>Its page could not be read; it is kept with the feed's title and summary and the error.</summary>
    Failed,
}
