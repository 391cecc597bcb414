namespace Mirsad.Core.Sources;

/// <summary>One feed of a monitored source, with what the last poll left behind.</summary>
/// <param name="Id">Store identity.</param>
/// <param name="SourceSlug">The source it belongs to.</param>
/// <param name="Url">Where the feed is fetched.</param>
/// <param name="Kind">Its format, or <see cref="FeedKind.Auto"/>.</param>
/// <param name="Active">False for a feed the operator has not confirmed or has switched off.</param>
public sealed record SourceFeed(long Id, string SourceSlug, string Url, FeedKind Kind = FeedKind.Auto, bool Active = true)
{
    /// <summary>The validator of the last full response (for a conditional GET).</summary>
    public string? ETag { get; init; }

    /// <summary>The Last-Modified of the last full response (for a conditional GET).</summary>
    public string? LastModified { get; init; }

    /// <summary>When the feed was last polled.</summary>
    public DateTimeOffset? LastPolledAt { get; init; }

    /// <summary>When the feed was last read without error.</summary>
    public DateTimeOffset? LastSuccessAt { get; init; }

    /// <summary>The error of the last poll; null when it succeeded.</summary>
    public string? LastError { get; init; }
}
