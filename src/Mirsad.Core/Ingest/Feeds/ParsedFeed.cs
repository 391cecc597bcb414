using Mirsad.Core.Sources;

namespace Mirsad.Core.Ingest.Feeds;

/// <summary>A feed read: its format and its entries (newest first, at most the cap), and what was skipped.</summary>
/// <param name="Kind">The format found.</param>
/// <param name="Entries">Usable entries, newest first.</param>
/// <param name="Skipped">Entries without a usable link or title.</param>
public sealed record ParsedFeed(FeedKind Kind, IReadOnlyList<FeedEntry> Entries, int Skipped);
