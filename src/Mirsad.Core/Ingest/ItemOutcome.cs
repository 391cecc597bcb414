namespace Mirsad.Core.Ingest;

/// <summary>How finishing one pending item ended.</summary>
public enum ItemOutcome
{
    /// <summary>Read and stored; duplicates nothing earlier.</summary>
    New,

    /// <summary>Read and stored as a duplicate of an earlier item.</summary>
    Duplicate,

    /// <summary>Its page failed for a passing reason; it stays pending for the next round.</summary>
    Retry,

    /// <summary>Its page failed for good; it is kept with the feed's title and summary.</summary>
    Failed,
}
