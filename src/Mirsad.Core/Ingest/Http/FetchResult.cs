namespace Mirsad.Core.Ingest.Http;

/// <summary>What a polite GET brought back: a body, "not modified", or a clear error.</summary>
public sealed record FetchResult
{
    /// <summary>How the fetch ended.</summary>
    public required FetchStatus Status { get; init; }

    /// <summary>The address finally answered (after redirects).</summary>
    public required Uri Url { get; init; }

    /// <summary>The HTTP status of the last answer; 0 when none came.</summary>
    public int StatusCode { get; init; }

    /// <summary>The body, decompressed; empty unless <see cref="FetchStatus.Ok"/>.</summary>
    public byte[] Body { get; init; } = [];

    /// <summary>The media type of the body ("application/rss+xml").</summary>
    public string? MediaType { get; init; }

    /// <summary>The charset the server declared, if any.</summary>
    public string? Charset { get; init; }

    /// <summary>The validator to send next time.</summary>
    public string? ETag { get; init; }

    /// <summary>The Last-Modified to send next time.</summary>
    public string? LastModified { get; init; }

    /// <summary>Why the fetch failed, in words an operator can act on.</summary>
    public string? Error { get; init; }

    /// <summary>Why the intake refused to reach the address (not a public one, credentials in the URL); null otherwise.</summary>
    public string? Refusal { get; init; }

    /// <summary>True when trying again later cannot help (404, 410, robots.txt, oversized body).</summary>
    public bool Permanent { get; init; }

    /// <summary>A failure.</summary>
    public static FetchResult Fail(Uri url, string error, bool permanent, int statusCode = 0) =>
        new() { Status = FetchStatus.Failed, Url = url, Error = error, Permanent = permanent, StatusCode = statusCode };
}
