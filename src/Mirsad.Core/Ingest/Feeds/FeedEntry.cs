namespace Mirsad.Core.Ingest.Feeds;

/// <summary>One entry of a feed, as the feed gives it.</summary>
/// <param name="Link">Absolute http(s) address of the story.</param>
/// <param name="Title">Title (plain text).</param>
/// <param name="Summary">Description or summary (plain text), when given.</param>
/// <param name="Author">Author, when given.</param>
/// <param name="PublishedAt">Publication time, when given and readable.</param>
/// <param name="Guid">The entry's own id, when given.</param>
/// <param name="Language">The language the feed declares, when it does.</param>
public sealed record FeedEntry(string Link, string Title, string? Summary, string? Author, DateTimeOffset? PublishedAt, string? Guid, string? Language);
