using Mirsad.Core.Keywords;

namespace Mirsad.Core.Ingest.Stories;

/// <summary>What two items are compared on to tell whether they report the same story.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Title">Its title.</param>
/// <param name="Lead">The start of its text (or the feed's summary when the page gave none); may be empty.</param>
/// <param name="Keywords">Its keywords, best first, with their kinds when known.</param>
/// <param name="At">When it was published (or found, when the outlet gave no plausible date).</param>
public sealed record StoryFacts(long ItemId, string Title, string Lead, IReadOnlyList<ItemKeyword> Keywords, DateTimeOffset At)
{
    /// <summary>How much of a text's start is compared.</summary>
    public const int LeadLength = 1_000;

    /// <summary>Keywords kept for an item.</summary>
    public const int KeywordCount = 8;

    /// <summary>The facts of a new item: its keywords found by <paramref name="extractor"/>, as the intake stores them.</summary>
    public static StoryFacts Read(KeywordExtractor extractor, long itemId, string title, string? text, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var keywords = extractor.Extract(title, text, KeywordCount).Select(k => new ItemKeyword(k.Slug, k.Name, k.Kind)).ToList();
        return new StoryFacts(itemId, title, LeadOf(text), keywords, at);
    }

    /// <summary>The facts of a stored item (as <see cref="IMonitoredItemStore.StoryCandidatesAsync"/> gives it: the start of its text).</summary>
    public static StoryFacts Of(MonitoredItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var at = item.PublishedAt is { } p && p <= item.DiscoveredAt.AddDays(1) ? p : item.DiscoveredAt;
        return new StoryFacts(item.Id, item.Title, LeadOf(string.IsNullOrWhiteSpace(item.Text) ? item.Summary : item.Text), item.Keywords, at);
    }

    /// <summary>The start of <paramref name="text"/> as a lead: up to <see cref="LeadLength"/> characters.</summary>
    public static string LeadOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var trimmed = text.Trim();
        return trimmed.Length <= LeadLength ? trimmed : trimmed[..LeadLength];
    }
}
