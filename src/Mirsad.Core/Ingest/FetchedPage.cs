namespace Mirsad.Core.Ingest;

/// <summary>An article page as fetched: where it finally came from, its charset and its raw HTML.</summary>
public sealed record FetchedPage(string FinalUrl, string? Charset, string RawHtml);
