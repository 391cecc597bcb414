namespace Mirsad.Core.Ingest.Stories;

/// <summary>What two items are compared on to tell whether they report the same story.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Title">Its title.</param>
/// <param name="Lead">Its first words (the feed's summary or the text's start); may be empty.</param>
/// <param name="Keywords">Its keywords, best first, with their kinds when known.</param>
/// <param name="At">When it was published (or found, when the outlet gave no plausible date).</param>
public sealed record StoryFacts(long ItemId, string Title, string Lead, IReadOnlyList<ItemKeyword> Keywords, DateTimeOffset At)
{
    /// <summary>How much of a text's start is compared.</summary>
    public const int LeadLength = 400;

    /// <summary>The start of <paramref name="text"/> as a lead: up to <see cref="LeadLength"/> characters of its first paragraphs.</summary>
    public static string LeadOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var trimmed = text.Trim();
        return trimmed.Length <= LeadLength ? trimmed : trimmed[..LeadLength];
    }

    /// <summary>The facts of a stored item (its feed summary standing for the lead).</summary>
    public static StoryFacts Of(MonitoredItem item) =>
        new(item.Id, item.Title, LeadOf(item.Summary), item.Keywords, item.PublishedAt is { } p && p <= item.DiscoveredAt.AddDays(1) ? p : item.DiscoveredAt);
}
