using Mirsad.Core.Ingest.Dedupe;
using Mirsad.Core.Ingest.Desk;

namespace Mirsad.Core.Ingest;

/// <summary>
/// Where monitored items are kept. Each write is its own transaction, so a round that dies midway
/// keeps everything it stored and the next round takes up the pending items.
/// </summary>
public interface IMonitoredItemStore
{
    /// <summary>Stores the entries not seen before (by link, within the source) as pending; returns how many were new.</summary>
    Task<int> AddDiscoveredAsync(string sourceSlug, long feedId, IReadOnlyList<DiscoveredItem> items, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>A source's pending items with fewer than <paramref name="maxAttempts"/> attempts, oldest first.</summary>
    Task<IReadOnlyList<PendingItem>> PendingAsync(string sourceSlug, int maxAttempts, int limit, CancellationToken cancellationToken = default);

    /// <summary>How many of a source's items are pending with fewer than <paramref name="maxAttempts"/> attempts.</summary>
    Task<int> CountPendingAsync(string sourceSlug, int maxAttempts, CancellationToken cancellationToken = default);

    /// <summary>Counts a failed attempt at an item's page; it stays pending.</summary>
    Task RecordAttemptAsync(long itemId, string error, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The earliest finished item other than <paramref name="itemId"/> whose link or canonical URL is one of <paramref name="urls"/>.</summary>
    Task<DuplicateCandidate?> FirstWithUrlAsync(long itemId, IReadOnlyList<string> urls, CancellationToken cancellationToken = default);

    /// <summary>The earliest finished item of <paramref name="itemId"/>'s source, found since <paramref name="since"/>, with the title key <paramref name="titleKey"/>.</summary>
    Task<DuplicateCandidate?> FirstWithTitleAsync(long itemId, string titleKey, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>
    /// The item found since <paramref name="since"/> whose text fingerprint is nearest to <paramref name="simHash"/>
    /// (at most <paramref name="maxDistance"/> bits apart; the earliest among equals), other than <paramref name="itemId"/>.
    /// </summary>
    Task<DuplicateCandidate?> NearestTextAsync(long itemId, long simHash, int maxDistance, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finished items other than <paramref name="itemId"/>, published (or found, when the date is unknown) between
    /// <paramref name="from"/> and <paramref name="to"/>, that share at least one of <paramref name="keywordSlugs"/>;
    /// at most <paramref name="limit"/>, those sharing most first; each with the start of its text (its first
    /// <see cref="Stories.StoryFacts.LeadLength"/> characters) as its text, and no HTML.
    /// </summary>
    Task<IReadOnlyList<MonitoredItem>> StoryCandidatesAsync(long itemId, IReadOnlyList<string> keywordSlugs, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finishes an item in one transaction: ready with its text, or failed for good; duplicate link, story,
    /// keywords and raw page; and, when it adopts an earlier-found chain, that chain's items become its duplicates.
    /// </summary>
    Task CompleteAsync(ItemCompletion completion, CancellationToken cancellationToken = default);

    /// <summary>One item with its text.</summary>
    Task<MonitoredItem?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The raw page of an item, when it was fetched.</summary>
    Task<FetchedPage?> PageAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Items newest first, filtered (text and HTML left out).</summary>
    Task<DeskPage> ListAsync(DeskQuery query, CancellationToken cancellationToken = default);

    /// <summary>The items of stories, by story id, newest first (text and HTML left out).</summary>
    Task<IReadOnlyList<MonitoredItem>> StoriesAsync(IReadOnlyCollection<long> storyIds, CancellationToken cancellationToken = default);

    /// <summary>Links an item to the draft article made from it.</summary>
    Task LinkArticleAsync(long itemId, string articleId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keywords found most often among the <paramref name="recentItems"/> newest items (by publication time),
    /// with how many of them carry each, for the desk's filter.
    /// </summary>
    Task<IReadOnlyList<(ItemKeyword Keyword, int Count)>> TopKeywordsAsync(int recentItems, int limit, CancellationToken cancellationToken = default);
}
