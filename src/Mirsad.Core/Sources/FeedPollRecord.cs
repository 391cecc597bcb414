namespace Mirsad.Core.Sources;

/// <summary>What one poll of a feed leaves on it.</summary>
/// <param name="At">When it was polled.</param>
/// <param name="Error">Why it failed; null when it succeeded.</param>
/// <param name="ETag">The validator to send next time (kept when null and the poll failed).</param>
/// <param name="LastModified">The Last-Modified to send next time.</param>
public sealed record FeedPollRecord(DateTimeOffset At, string? Error, string? ETag = null, string? LastModified = null);
