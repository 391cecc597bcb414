using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mirsad.Core.Ingest.Feeds;
using Mirsad.Core.Ingest.Http;
using Mirsad.Core.Sources;

namespace Mirsad.Core.Ingest;

/// <summary>
/// Polls one source: each active feed is fetched (conditionally) and its new entries are stored as
/// pending items at once; then pending pages are fetched and finished one by one (<see cref="ItemFinisher"/>).
/// Whatever a server does becomes an error on that feed or item, never an exception out of here.
/// </summary>
public sealed class SourcePoller(
    PoliteFetcher fetcher,
    ItemFinisher finisher,
    IMonitoredItemStore items,
    ISourceRegistry registry,
    IOptions<IntakeOptions> options,
    TimeProvider time,
    ILogger<SourcePoller> logger)
{
    private const int MaxErrorLength = 1_000;

    /// <summary>Polls <paramref name="source"/> once.</summary>
    public async Task<SourceRoundResult> PollAsync(MonitoredSource source, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var seen = 0;
        var feedErrors = new List<string>();
        foreach (var feed in source.Feeds.Where(f => f.Active))
        {
            try
            {
                seen += await PollFeedAsync(source, feed, feedErrors, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "Polling feed {Url} of {Source} failed unexpectedly", feed.Url, source.Slug);
                await FeedFailedAsync(feed, $"{feed.Url}: unexpected error: {e.Message}", feedErrors, cancellationToken);
            }
        }

        int fresh = 0, duplicates = 0, itemErrors = 0;
        var queue = await items.PendingAsync(source.Slug, o.MaxPageAttempts, o.MaxPagesPerSourceRound, cancellationToken);
        foreach (var item in queue)
        {
            var outcome = await finisher.FinishAsync(source, item, cancellationToken);
            switch (outcome)
            {
                case ItemOutcome.New: fresh++; break;
                case ItemOutcome.Duplicate: duplicates++; break;
                default: itemErrors++; break;
            }
        }

        var pending = await items.CountPendingAsync(source.Slug, o.MaxPageAttempts, cancellationToken);
        var error = feedErrors.Count == 0 ? null : Shorten(string.Join("; ", feedErrors));
        await registry.RecordSourcePollAsync(source.Slug, time.GetUtcNow(), error, cancellationToken);
        return new SourceRoundResult(source.Slug, source.Outlet.Name, fresh, duplicates, feedErrors.Count + itemErrors, seen, pending, error);
    }

    private async Task<int> PollFeedAsync(MonitoredSource source, SourceFeed feed, List<string> errors, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var url))
        {
            await FeedFailedAsync(feed, $"{feed.Url}: not an absolute address", errors, cancellationToken);
            return 0;
        }

        var o = options.Value;
        var fetch = await fetcher.FetchAsync(new FetchRequest(url, o.MaxFeedBytes, FetchRequest.FeedAccept, feed.ETag, feed.LastModified), cancellationToken);
        var now = time.GetUtcNow();
        if (fetch.Status == FetchStatus.NotModified)
        {
            await registry.RecordFeedPollAsync(feed.Id, new FeedPollRecord(now, null, feed.ETag, feed.LastModified), cancellationToken);
            return 0;
        }

        if (fetch.Status == FetchStatus.Failed)
        {
            await FeedFailedAsync(feed, fetch.Error ?? $"{feed.Url}: failed", errors, cancellationToken);
            return 0;
        }

        ParsedFeed parsed;
        try
        {
            var text = CharsetDecoder.Decode(fetch.Body, fetch.Charset, source.Outlet.Language);
            parsed = FeedDocumentParser.Parse(text.Text, fetch.Url, o.MaxItemsPerFeed);
        }
        catch (FeedFormatException e)
        {
            await FeedFailedAsync(feed, $"{feed.Url}: {e.Message}", errors, cancellationToken);
            return 0;
        }

        // Stored oldest first, so that item ids (and "the earlier item" of a duplicate) follow publication order.
        var discovered = parsed.Entries.Reverse().Select(e => new DiscoveredItem(
            e.Link, Dedupe.UrlCanonicalizer.Canonicalize(e.Link), e.Title, e.Summary, e.Author, e.PublishedAt, e.Guid, e.Language)).ToList();
        var added = await items.AddDiscoveredAsync(source.Slug, feed.Id, discovered, now, cancellationToken);

        // Validators are kept only now that every entry is stored: a crash before this point refetches the feed in full.
        await registry.RecordFeedPollAsync(feed.Id, new FeedPollRecord(now, null, fetch.ETag, fetch.LastModified), cancellationToken);
        return discovered.Count - added;
    }

    private async Task FeedFailedAsync(SourceFeed feed, string error, List<string> errors, CancellationToken cancellationToken)
    {
        errors.Add(error);
        await registry.RecordFeedPollAsync(feed.Id, new FeedPollRecord(time.GetUtcNow(), Shorten(error)), cancellationToken);
    }

    private static string Shorten(string text) => text.Length <= MaxErrorLength ? text : text[..(MaxErrorLength - 1)] + "…";
}
