using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mirsad.Core.Ingest.Dedupe;
using Mirsad.Core.Ingest.Extraction;
using Mirsad.Core.Ingest.Http;
using Mirsad.Core.Ingest.Stories;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;
using Mirsad.Core.Text;

namespace Mirsad.Core.Ingest;

/// <summary>
/// Finishes a pending item: fetches its page, extracts the story, finds keywords, the earlier item it
/// duplicates (if any) and the story it belongs to, and stores all that in one transaction. A page
/// that fails for a passing reason stays pending; one that fails for good is kept with the feed's text.
/// </summary>
public sealed class ItemFinisher(
    PoliteFetcher fetcher,
    IMonitoredItemStore items,
    DuplicateFinder duplicates,
    StoryGrouper stories,
    KeywordExtractor keywords,
    IOptions<IntakeOptions> options,
    TimeProvider time,
    ILogger<ItemFinisher> logger) : IDisposable
{
    // Finding a duplicate and storing the item happen as one step, so two sources finishing copies of
    // the same story at once cannot both miss each other.
    private readonly SemaphoreSlim _decide = new(1, 1);

    /// <summary>Finishes <paramref name="item"/> of <paramref name="source"/>.</summary>
    public async Task<ItemOutcome> FinishAsync(MonitoredSource source, PendingItem item, CancellationToken cancellationToken)
    {
        var o = options.Value;
        try
        {
            var fetch = await fetcher.FetchAsync(new FetchRequest(new Uri(item.Url), o.MaxPageBytes, FetchRequest.PageAccept), cancellationToken);
            if (fetch.Status != FetchStatus.Ok)
            {
                var error = fetch.Error ?? $"{item.Url}: no page";
                if (!fetch.Permanent && item.Attempts + 1 < o.MaxPageAttempts)
                {
                    await items.RecordAttemptAsync(item.Id, error, time.GetUtcNow(), cancellationToken);
                    return ItemOutcome.Retry;
                }

                await FinishFailedAsync(item, error, null, cancellationToken);
                return ItemOutcome.Failed;
            }

            var decoded = CharsetDecoder.Decode(fetch.Body, fetch.Charset, source.Outlet.Language);
            var page = new FetchedPage(fetch.Url.AbsoluteUri, decoded.Charset, decoded.Text);
            ExtractedPage extracted;
            try
            {
                extracted = PageExtractor.Extract(decoded.Text, fetch.Url);
            }
            catch (PageExtractionException e)
            {
                await FinishFailedAsync(item, $"{item.Url}: {e.Message}", page, cancellationToken);
                return ItemOutcome.Failed;
            }

            var title = item.Title == item.Url && extracted.Title is { } pageTitle ? pageTitle : item.Title;
            var canonical = extracted.CanonicalUrl is null ? item.LinkKey : UrlCanonicalizer.Canonicalize(extracted.CanonicalUrl);
            var completion = new ItemCompletion
            {
                ItemId = item.Id,
                Status = ItemStatus.Ready,
                At = time.GetUtcNow(),
                Title = title,
                TitleKey = TitleKey.From(title),
                CanonicalUrl = canonical,
                Text = extracted.Text,
                ContentHtml = extracted.ContentHtml,
                Author = item.Author ?? extracted.Author,
                Language = extracted.Language,
                PublishedAt = item.PublishedAt ?? extracted.PublishedAt,
                SimHash = SimHash.Compute(extracted.Text),
                Error = decoded.Note,
                Page = page,
            };
            return await DecideAndStoreAsync(completion, [item.LinkKey, canonical], cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Finishing item {Id} ({Url}) failed unexpectedly", item.Id, item.Url);
            var error = $"{item.Url}: unexpected error: {e.Message}";
            if (item.Attempts + 1 < options.Value.MaxPageAttempts)
            {
                await items.RecordAttemptAsync(item.Id, error, time.GetUtcNow(), cancellationToken);
                return ItemOutcome.Retry;
            }

            // The last attempt: keep the item with the feed's text rather than leave it pending for ever.
            await FinishFailedAsync(item, error, null, cancellationToken);
            return ItemOutcome.Failed;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _decide.Dispose();

    private async Task FinishFailedAsync(PendingItem item, string error, FetchedPage? page, CancellationToken cancellationToken)
    {
        var text = item.Summary ?? string.Empty;
        var completion = new ItemCompletion
        {
            ItemId = item.Id,
            Status = ItemStatus.Failed,
            At = time.GetUtcNow(),
            TitleKey = TitleKey.From(item.Title),
            PublishedAt = item.PublishedAt,
            Language = item.Language is { Length: >= 2 } l ? l[..2].ToLowerInvariant() : Script.GuessLanguage(item.Title + " " + text),
            Error = error,
            Page = page,
        };
        await DecideAndStoreAsync(completion, [item.LinkKey], cancellationToken, item.Title, text);
    }

    private async Task<ItemOutcome> DecideAndStoreAsync(ItemCompletion completion, string[] urls, CancellationToken cancellationToken, string? title = null, string? text = null)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var published = completion.PublishedAt is { } p && p <= now.AddDays(1) ? p : (DateTimeOffset?)null;
        var facts = StoryFacts.Read(keywords, completion.ItemId, completion.Title ?? title ?? string.Empty, completion.Text ?? text, published ?? now);
        var found = facts.Keywords;
        await _decide.WaitAsync(cancellationToken);
        try
        {
            var probe = new DuplicateProbe(completion.ItemId, urls.Distinct().ToList(), completion.TitleKey, completion.SimHash, o.NearDuplicateBits, now.AddDays(-o.DuplicateWindowDays), published);
            var duplicate = await duplicates.FindAsync(probe, cancellationToken);
            var story = duplicate?.StoryId ?? await stories.FindAsync(facts, cancellationToken);
            completion = duplicate switch
            {
                null => completion with { StoryId = story, Keywords = found },
                { ProbeIsOriginal: true } => completion with { StoryId = story, Keywords = found, Adopts = duplicate.ItemId, AdoptReason = duplicate.Reason },
                _ => completion with { DuplicateOf = duplicate.ItemId, DuplicateReason = duplicate.Reason, StoryId = story, Keywords = found },
            };
            await items.CompleteAsync(completion, cancellationToken);
            return duplicate is null || duplicate.ProbeIsOriginal ? ItemOutcome.New : ItemOutcome.Duplicate;
        }
        finally
        {
            _decide.Release();
        }
    }
}
