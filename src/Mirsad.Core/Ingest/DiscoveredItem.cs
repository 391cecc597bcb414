namespace Mirsad.Core.Ingest;

/// <summary>A feed entry about to be stored as a pending item.</summary>
/// <param name="Url">The link as the feed gave it (absolute).</param>
/// <param name="LinkKey">The link in canonical form (tracking stripped): what makes an entry already seen.</param>
/// <param name="Title">Title from the feed.</param>
/// <param name="Summary">Summary from the feed.</param>
/// <param name="Author">Author from the feed.</param>
/// <param name="PublishedAt">Publication time from the feed.</param>
/// <param name="Guid">The entry's id in the feed.</param>
/// <param name="Language">Language the feed declares.</param>
public sealed record DiscoveredItem(string Url, string LinkKey, string Title, string? Summary, string? Author, DateTimeOffset? PublishedAt, string? Guid, string? Language);
