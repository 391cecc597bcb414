namespace Mirsad.Core.Ingest.Http;

/// <summary>One polite GET.</summary>
/// <param name="Url">Absolute http or https address.</param>
/// <param name="MaxBytes">Largest body accepted, counted after decompression.</param>
/// <param name="Accept">The Accept header.</param>
/// <param name="ETag">Validator from the last full response (If-None-Match).</param>
/// <param name="LastModified">Last-Modified from the last full response (If-Modified-Since).</param>
public sealed record FetchRequest(Uri Url, long MaxBytes, string Accept, string? ETag = null, string? LastModified = null)
{
    /// <summary>What feeds are asked for with.</summary>
    public const string FeedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

    /// <summary>What article pages are asked for with.</summary>
    public const string PageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    /// <summary>Whether robots.txt is consulted first (it is, except for robots.txt itself).</summary>
    public bool CheckRobots { get; init; } = true;
}
