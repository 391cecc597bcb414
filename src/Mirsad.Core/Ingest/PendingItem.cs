namespace Mirsad.Core.Ingest;

/// <summary>An item waiting for its page to be read.</summary>
public sealed record PendingItem(long Id, string Url, string LinkKey, string Title, string? Summary, string? Author, DateTimeOffset? PublishedAt, string? Language, int Attempts);
